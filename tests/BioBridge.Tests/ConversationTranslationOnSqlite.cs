namespace BioBridge.Tests;

public sealed class ConversationTranslationOnSqlite(SqliteTranslatingApp app) : ConversationTranslationTests<SqliteTranslatingApp>(app);
