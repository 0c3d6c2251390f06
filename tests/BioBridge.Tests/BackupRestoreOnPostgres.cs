namespace BioBridge.Tests;

public sealed class BackupRestoreOnPostgres() : BackupRestoreTests(Provider.Postgres);
