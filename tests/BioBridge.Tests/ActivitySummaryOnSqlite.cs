namespace BioBridge.Tests;

public sealed class ActivitySummaryOnSqlite(SqliteApp app) : ActivitySummaryTests<SqliteApp>(app);
