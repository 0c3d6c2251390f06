namespace BioBridge.Tests;

public sealed class PartneringPagesOnPostgres(PostgresApp app) : PartneringPageTests<PostgresApp>(app);
