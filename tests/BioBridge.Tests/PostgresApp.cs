namespace BioBridge.Tests;

public sealed class PostgresApp() : BioBridgeApp(Provider.Postgres);
