namespace BioBridge.Tests;

public sealed class DiscoveryOnPostgres(PostgresApp app) : DiscoveryTests<PostgresApp>(app);
