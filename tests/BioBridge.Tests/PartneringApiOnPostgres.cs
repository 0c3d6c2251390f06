namespace BioBridge.Tests;

public sealed class PartneringApiOnPostgres(PostgresApp app) : PartneringApiTests<PostgresApp>(app);
