namespace BioBridge.Tests;

public sealed class ActivitySummaryOnPostgres(PostgresApp app) : ActivitySummaryTests<PostgresApp>(app);
