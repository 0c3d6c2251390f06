namespace BioBridge.Tests;

public sealed class RemindersOnSqlite(SqliteMailAndClockApp app) : ReminderTests<SqliteMailAndClockApp>(app);
