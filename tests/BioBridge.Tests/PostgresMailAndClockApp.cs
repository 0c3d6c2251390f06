namespace BioBridge.Tests;

public sealed class PostgresMailAndClockApp() : MailAndClockApp(Provider.Postgres);
