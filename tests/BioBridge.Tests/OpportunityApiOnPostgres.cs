namespace BioBridge.Tests;

public sealed class OpportunityApiOnPostgres(PostgresApp app) : OpportunityApiTests<PostgresApp>(app);
