namespace BioBridge.Tests.TranslationQueue;

public sealed class PublishedSubjectsOnSqlite(SqliteQueueApp app) : PublishedSubjectsTests<SqliteQueueApp>(app);
