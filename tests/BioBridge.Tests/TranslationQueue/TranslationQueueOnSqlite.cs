namespace BioBridge.Tests.TranslationQueue;

public sealed class TranslationQueueOnSqlite(SqliteQueueApp app) : TranslationQueueTests<SqliteQueueApp>(app);
