using BioBridge.Data;
using Npgsql;

namespace BioBridge.Tests;

public enum Provider { Sqlite, Postgres }
