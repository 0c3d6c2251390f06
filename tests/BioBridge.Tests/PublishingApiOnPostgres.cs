namespace BioBridge.Tests;

public sealed class PublishingApiOnPostgres(PostgresTranslatingApp app) : PublishingApiTests<PostgresTranslatingApp>(app);
