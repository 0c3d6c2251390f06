namespace BioBridge.Tests;

public sealed class CooperationApiOnSqlite(SqliteApp app) : CooperationApiTests<SqliteApp>(app);
