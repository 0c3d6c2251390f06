namespace BioBridge.Tests;

public sealed class SeveralNodesOnPostgres(PostgresApp app) : SeveralNodesTests<PostgresApp>(app);
