namespace BioBridge.Tests;

public sealed class PartneringPagesOnSqlite(SqliteApp app) : PartneringPageTests<SqliteApp>(app);
