namespace BioBridge.Tests;

public sealed class MessagingApiOnSqlite(SqliteApp app) : MessagingApiTests<SqliteApp>(app);
