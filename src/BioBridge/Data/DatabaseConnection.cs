using Npgsql;

namespace BioBridge.Data;

/// <summary>
/// Which database a process talks to: the `--db` value of docs/contracts.md section 1,
/// or BIOBRIDGE_DB, or the embedded SQLite file data/biobridge.db under the working directory.
/// </summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
{
    public const string EnvironmentVariable = "BIOBRIDGE_DB";
    public const string ConfigurationKey = "BioBridge:Database";
    public const string EmbeddedFile = "data/biobridge.db";

    public static DatabaseConnection Embedded()
    {
        var path = Path.GetFullPath(EmbeddedFile);
        return new(DatabaseProvider.Sqlite, $"Data Source={path}");
    }

    public static DatabaseConnection Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return Embedded();
        value = value.Trim();
        if (value.StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
            return new(DatabaseProvider.Postgres, WithPreparedStatements(value));
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return new(DatabaseProvider.Postgres, WithPreparedStatements(FromPostgresUri(value)));
        return new(DatabaseProvider.Sqlite, value);
    }

    /// <summary>
    /// Statements the app repeats are prepared on each connection unless the connection string says otherwise:
    /// planning the profile and agenda queries on every call cost PostgreSQL more CPU than running them
    /// (docs/benchmarks.md, "Load on one machine").
    /// </summary>
    static string WithPreparedStatements(string connectionString)
    {
        if (new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.ContainsKey("Max Auto Prepare"))
            return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64 }.ConnectionString;
    }

    /// <summary>Npgsql takes key/value strings only; URIs are what hosting platforms hand out.</summary>
    static string FromPostgresUri(string uri)
    {
        var parsed = new Uri(uri);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = parsed.Host,
            Port = parsed.IsDefaultPort || parsed.Port <= 0 ? 5432 : parsed.Port,
            Database = Uri.UnescapeDataString(parsed.AbsolutePath.TrimStart('/')),
        };
        var userInfo = parsed.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        if (userInfo.Length > 1)
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        foreach (var pair in parsed.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return builder.ConnectionString;
    }

    /// <summary>A SQLite file's folder must exist before the first connection opens it.</summary>
    public void EnsureFolderExists()
    {
        if (Provider != DatabaseProvider.Sqlite)
            return;
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString);
        var source = builder.DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || builder.Mode == Microsoft.Data.Sqlite.SqliteOpenMode.Memory)
            return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
    }

    /// <summary>What logs and messages may show: never the password.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Postgres => Redacted(),
        _ => "SQLite " + new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource,
    };

    string Redacted()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }
}
