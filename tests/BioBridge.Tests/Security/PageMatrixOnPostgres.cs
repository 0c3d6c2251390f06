namespace BioBridge.Tests;

public sealed class PageMatrixOnPostgres(PostgresApp app) : PageMatrixTests<PostgresApp>(app);
