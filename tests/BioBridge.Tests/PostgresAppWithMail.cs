namespace BioBridge.Tests;

public sealed class PostgresAppWithMail() : AppWithMail(Provider.Postgres);
