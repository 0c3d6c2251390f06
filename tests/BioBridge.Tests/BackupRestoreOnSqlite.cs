namespace BioBridge.Tests;

public sealed class BackupRestoreOnSqlite() : BackupRestoreTests(Provider.Sqlite);
