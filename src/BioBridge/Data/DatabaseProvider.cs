namespace BioBridge.Data;

public enum DatabaseProvider { Sqlite, Postgres }
