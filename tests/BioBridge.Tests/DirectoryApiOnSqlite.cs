namespace BioBridge.Tests;

public sealed class DirectoryApiOnSqlite(SqliteApp app) : DirectoryApiTests<SqliteApp>(app);
