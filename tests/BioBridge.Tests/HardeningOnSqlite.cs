namespace BioBridge.Tests;

public sealed class HardeningOnSqlite(SqliteApp app) : HardeningTests<SqliteApp>(app);
