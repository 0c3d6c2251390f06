namespace BioBridge.Tests;

public sealed class PartneringApiOnSqlite(SqliteApp app) : PartneringApiTests<SqliteApp>(app);
