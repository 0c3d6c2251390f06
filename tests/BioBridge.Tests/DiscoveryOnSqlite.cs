namespace BioBridge.Tests;

public sealed class DiscoveryOnSqlite(SqliteApp app) : DiscoveryTests<SqliteApp>(app);
