namespace BioBridge.Tests;

public sealed class PublishingApiOnSqlite(SqliteTranslatingApp app) : PublishingApiTests<SqliteTranslatingApp>(app);
