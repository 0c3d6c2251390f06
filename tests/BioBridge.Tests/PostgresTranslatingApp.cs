namespace BioBridge.Tests;

public sealed class PostgresTranslatingApp() : TranslatingApp(Provider.Postgres);
