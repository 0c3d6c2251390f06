namespace BioBridge.Tests;

public sealed class DirectoryApiOnPostgres(PostgresApp app) : DirectoryApiTests<PostgresApp>(app);
