namespace BioBridge.Tests;

public sealed class RemindersOnPostgres(PostgresMailAndClockApp app) : ReminderTests<PostgresMailAndClockApp>(app);
