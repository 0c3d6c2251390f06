namespace BioBridge.Tests;

public sealed class SeveralNodesOnSqlite(SqliteApp app) : SeveralNodesTests<SqliteApp>(app);
