namespace BioBridge.Tests;

public sealed class AuthorizationMatrixOnSqlite(SqliteApp app) : AuthorizationMatrixTests<SqliteApp>(app);
