using System.Diagnostics;
using BioBridge.Data;
using BioBridge.Shared.Resources;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BioBridge.Features.Operations;

/// <summary>
/// `backup FILE` and `restore FILE --replace` for both providers. SQLite: an online snapshot
/// (VACUUM INTO) and the online backup API for restore, so a running app is never torn. PostgreSQL: pg_dump's
/// custom format and pg_restore in one transaction. Either way a failure leaves the database as it was and
/// never leaves a half-written backup file under the requested name.
/// </summary>
public sealed class DatabaseBackup(DatabaseConnection connection)
{
    static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();
    static readonly byte[] PgDumpHeader = "PGDMP"u8.ToArray();

    public Task<BackupOutcome> BackupAsync(string file, CancellationToken ct = default) =>
        connection.Provider == DatabaseProvider.Sqlite ? SqliteBackupAsync(file, ct) : PostgresBackupAsync(file, ct);

    public async Task<BackupOutcome> RestoreAsync(string file, CancellationToken ct = default)
    {
        if (!File.Exists(file))
            return new(false, Text.Say($"{file}: no such file"));
        var expected = connection.Provider == DatabaseProvider.Sqlite ? SqliteHeader : PgDumpHeader;
        if (!await StartsWithAsync(file, expected, ct))
            return new(false, connection.Provider == DatabaseProvider.Sqlite
                ? Text.Say($"{file}: not a SQLite database, so it is not a backup of this {connection.Describe()} database")
                : Text.Say($"{file}: not a pg_dump custom-format archive, so it is not a backup of this {connection.Describe()} database"));
        return connection.Provider == DatabaseProvider.Sqlite ? SqliteRestore(file) : await PostgresRestoreAsync(file, ct);
    }

    async Task<BackupOutcome> SqliteBackupAsync(string file, CancellationToken ct)
    {
        var partial = file + ".partial";
        File.Delete(partial);
        await using (var db = new SqliteConnection(connection.ConnectionString))
        {
            await db.OpenAsync(ct);
            await using var command = db.CreateCommand();
            command.CommandText = "VACUUM INTO $path";
            command.Parameters.AddWithValue("$path", Path.GetFullPath(partial));
            await command.ExecuteNonQueryAsync(ct);
        }
        SqliteConnection.ClearAllPools();
        File.Move(partial, file, overwrite: true);
        return Written(file);
    }

    BackupOutcome SqliteRestore(string file)
    {
        var source = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(file), Mode = SqliteOpenMode.ReadOnly }.ToString();
        using (var backup = new SqliteConnection(source))
        using (var live = new SqliteConnection(connection.ConnectionString))
        {
            backup.Open();
            live.Open();
            // The backup API copies every page under the destination's write lock: readers see before or after, never between.
            backup.BackupDatabase(live);
        }
        SqliteConnection.ClearAllPools();
        return new(true, Text.Say($"{connection.Describe()}: restored from {file}"));
    }

    async Task<BackupOutcome> PostgresBackupAsync(string file, CancellationToken ct)
    {
        var partial = file + ".partial";
        File.Delete(partial);
        var (code, errors) = await RunAsync("pg_dump", ["--format=custom", "--no-owner", $"--file={partial}"], ct);
        if (code != 0)
        {
            File.Delete(partial);
            return new(false, Text.Say($"pg_dump failed (exit {code}): {errors.Trim()}"));
        }
        File.Move(partial, file, overwrite: true);
        return Written(file);
    }

    async Task<BackupOutcome> PostgresRestoreAsync(string file, CancellationToken ct)
    {
        NpgsqlConnection.ClearAllPools();
        var (code, errors) = await RunAsync("pg_restore",
            ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", $"--dbname={Database}", file], ct);
        return code == 0
            ? new(true, Text.Say($"{connection.Describe()}: restored from {file}"))
            : new(false, Text.Say($"pg_restore failed (exit {code}), the database is unchanged: {errors.Trim()}"));
    }

    BackupOutcome Written(string file) =>
        new(true, Text.Say($"{file}: backup of {connection.Describe()} written ({new FileInfo(file).Length / 1024} KB)"));

    string Database => new NpgsqlConnectionStringBuilder(connection.ConnectionString).Database ?? "postgres";

    /// <summary>Runs a PostgreSQL client tool with the connection in libpq's environment (so the password never shows in a process list).</summary>
    async Task<(int Code, string Errors)> RunAsync(string tool, string[] arguments, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(connection.ConnectionString);
        var start = new ProcessStartInfo(ToolPath(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["PGHOST"] = builder.Host;
        start.Environment["PGPORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = builder.Database ?? "postgres";
        if (builder.Username is { } user)
            start.Environment["PGUSER"] = user;
        if (builder.Password is { } password)
            start.Environment["PGPASSWORD"] = password;
        try
        {
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync(ct);
            await process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            return (process.ExitCode, await errors);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"{tool} could not be started ({e.Message}); install Debian's postgresql-client or set BIOBRIDGE_PG_BIN");
        }
    }

    static string ToolPath(string tool) =>
        Environment.GetEnvironmentVariable("BIOBRIDGE_PG_BIN") is { Length: > 0 } folder ? Path.Combine(folder, tool) : tool;

    static async Task<bool> StartsWithAsync(string file, byte[] header, CancellationToken ct)
    {
        var buffer = new byte[header.Length];
        await using var stream = File.OpenRead(file);
        return await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct) == buffer.Length
            && buffer.AsSpan().SequenceEqual(header);
    }
}
