namespace BioBridge.Tests.TranslationQueue;

public sealed class SqliteQueueApp() : QueueApp(Provider.Sqlite);
