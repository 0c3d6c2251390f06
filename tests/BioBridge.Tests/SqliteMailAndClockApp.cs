namespace BioBridge.Tests;

public sealed class SqliteMailAndClockApp() : MailAndClockApp(Provider.Sqlite);
