namespace BioBridge.Tests;

public sealed class CooperationFormsOnSqlite(SqliteApp app) : CooperationFormTests<SqliteApp>(app);
