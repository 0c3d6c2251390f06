namespace BioBridge.Tests;

public sealed class CooperationFormsOnPostgres(PostgresApp app) : CooperationFormTests<PostgresApp>(app);
