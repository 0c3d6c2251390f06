namespace BioBridge.Tests.TranslationQueue;

public sealed class PostgresQueueApp() : QueueApp(Provider.Postgres);
