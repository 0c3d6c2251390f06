namespace BioBridge.Tests;

public sealed class SqliteTranslatingApp() : TranslatingApp(Provider.Sqlite);
