namespace BioBridge.Tests;

public sealed class HardeningOnPostgres(PostgresApp app) : HardeningTests<PostgresApp>(app);
