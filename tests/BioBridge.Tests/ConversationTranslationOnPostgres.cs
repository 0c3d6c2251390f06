namespace BioBridge.Tests;

public sealed class ConversationTranslationOnPostgres(PostgresTranslatingApp app) : ConversationTranslationTests<PostgresTranslatingApp>(app);
