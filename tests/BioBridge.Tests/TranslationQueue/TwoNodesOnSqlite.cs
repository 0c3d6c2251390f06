namespace BioBridge.Tests.TranslationQueue;

public sealed class TwoNodesOnSqlite(SqliteQueueApp app) : TwoNodesTests<SqliteQueueApp>(app);
