namespace BioBridge.Tests.TranslationQueue;

public sealed class TwoNodesOnPostgres(PostgresQueueApp app) : TwoNodesTests<PostgresQueueApp>(app);
