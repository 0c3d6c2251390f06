namespace BioBridge.Tests;

public sealed class PageMatrixOnSqlite(SqliteApp app) : PageMatrixTests<SqliteApp>(app);
