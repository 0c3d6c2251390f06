namespace BioBridge.Tests;

public sealed class OpportunityApiOnSqlite(SqliteApp app) : OpportunityApiTests<SqliteApp>(app);
