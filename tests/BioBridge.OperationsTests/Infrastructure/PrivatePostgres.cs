using Npgsql;

namespace BioBridge.OperationsTests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of the tests' own (initdb + pg_ctl into a temp folder, on a loopback port), so a test may
/// stop and restart it without disturbing the shared test server. As root it runs as the postgres user.
/// </summary>
sealed class PrivatePostgres : IAsyncDisposable
{
    readonly string bin;
    readonly string folder;

    PrivatePostgres(string bin, string folder, int port)
    {
        this.bin = bin;
        this.folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string ServerConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Timeout=5;Command Timeout=30";

    public string ConnectionString(string database) => ServerConnectionString + $";Database={database}";

    /// <summary>For the tests' own reads: unpooled, so a restart the test caused leaves no dead session behind.</summary>
    public string UnpooledConnectionString(string database) => ConnectionString(database) + ";Pooling=false";

    public static async Task<PrivatePostgres> StartAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
            : null;
        if (bin is null)
            throw new InvalidOperationException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run the tests with ./test.sh, which installs it");
        var folder = Directory.CreateTempSubdirectory("biobridge-ops-pg-").FullName;
        if (Processes.IsRoot)
            await Processes.RunAsync("chown", ["postgres", folder], TimeSpan.FromSeconds(10));
        var server = new PrivatePostgres(bin, folder, Processes.FreePort());
        await server.AsPostgresAsync("initdb", ["-D", server.Data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
        await server.StartAgainAsync();
        return server;
    }

    string Data => Path.Combine(folder, "data");

    public Task StartAgainAsync() => AsPostgresAsync("pg_ctl", ["-D", Data, "-l", Path.Combine(folder, "server.log"), "-w", "-o",
        $"-h 127.0.0.1 -p {Port} -k {folder} -c fsync=off -c max_connections=200", "start"]);

    /// <summary>Fast shutdown: open sessions are cut, as in a failover or a restart for an upgrade.</summary>
    public Task StopAsync() => AsPostgresAsync("pg_ctl", ["-D", Data, "-m", "fast", "-w", "stop"]);

    public async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(UnpooledConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    Task AsPostgresAsync(string program, string[] arguments)
    {
        var path = Path.Combine(bin, program);
        return Processes.IsRoot
            ? Processes.RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments], TimeSpan.FromSeconds(60))
            : Processes.RunAsync(path, arguments, TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await AsPostgresAsync("pg_ctl", ["-D", Data, "-m", "immediate", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // Already stopped by a test.
        }
        Directory.Delete(folder, recursive: true);
    }
}
