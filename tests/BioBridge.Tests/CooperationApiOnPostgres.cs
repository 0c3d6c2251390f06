namespace BioBridge.Tests;

public sealed class CooperationApiOnPostgres(PostgresApp app) : CooperationApiTests<PostgresApp>(app);
