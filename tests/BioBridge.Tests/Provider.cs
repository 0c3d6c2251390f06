namespace BioBridge.Tests;

public enum Provider { Sqlite, Postgres }
