namespace BioBridge.Tests;

public sealed class PagesOnSqlite(SqliteApp app) : PageTests<SqliteApp>(app);
