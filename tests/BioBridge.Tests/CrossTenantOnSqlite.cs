namespace BioBridge.Tests;

public sealed class CrossTenantOnSqlite(SqliteApp app) : CrossTenantTests<SqliteApp>(app);
