namespace BioBridge.Tests;

public sealed class SqliteAppWithMail() : AppWithMail(Provider.Sqlite);
