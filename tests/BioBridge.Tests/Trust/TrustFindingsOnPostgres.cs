namespace BioBridge.Tests.Trust;

public sealed class TrustFindingsOnPostgres(PostgresApp app) : TrustFindingsTests<PostgresApp>(app);
