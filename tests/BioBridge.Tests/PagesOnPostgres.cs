namespace BioBridge.Tests;

public sealed class PagesOnPostgres(PostgresApp app) : PageTests<PostgresApp>(app);
