namespace BioBridge.Tests.TranslationQueue;

public sealed class TranslationQueueOnPostgres(PostgresQueueApp app) : TranslationQueueTests<PostgresQueueApp>(app);
