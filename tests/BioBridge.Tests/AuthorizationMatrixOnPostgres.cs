namespace BioBridge.Tests;

public sealed class AuthorizationMatrixOnPostgres(PostgresApp app) : AuthorizationMatrixTests<PostgresApp>(app);
