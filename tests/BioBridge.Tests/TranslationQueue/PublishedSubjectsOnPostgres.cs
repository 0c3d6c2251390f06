namespace BioBridge.Tests.TranslationQueue;

public sealed class PublishedSubjectsOnPostgres(PostgresQueueApp app) : PublishedSubjectsTests<PostgresQueueApp>(app);
