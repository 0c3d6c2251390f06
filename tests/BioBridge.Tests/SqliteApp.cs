namespace BioBridge.Tests;

public sealed class SqliteApp() : BioBridgeApp(Provider.Sqlite);
