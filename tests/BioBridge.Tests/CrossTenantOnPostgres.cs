namespace BioBridge.Tests;

public sealed class CrossTenantOnPostgres(PostgresApp app) : CrossTenantTests<PostgresApp>(app);
