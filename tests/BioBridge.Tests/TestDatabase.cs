using BioBridge.Data;
using Npgsql;

namespace BioBridge.Tests;

/// <summary>
/// A fresh, empty database for a test: a temporary SQLite file, or a new database on the throwaway
/// PostgreSQL server that ./test.sh starts on loopback (BIOBRIDGE_TEST_POSTGRES).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "BIOBRIDGE_TEST_POSTGRES";

    TestDatabase(Provider provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.drop = drop;
    }

    readonly Func<Task> drop;

    public Provider Provider { get; }
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(Provider provider)
    {
        if (provider == Provider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("biobridge-test-");
            return new TestDatabase(provider, $"Data Source={Path.Combine(folder.FullName, "test.db")}", () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
                return Task.CompletedTask;
            });
        }
        var server = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException(
                $"{PostgresVariable} is not set: run the tests with ./test.sh, which starts a throwaway PostgreSQL on loopback");
        var name = "biobridge_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var dropCommand = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await dropCommand.ExecuteNonQueryAsync();
        });
    }

    public DatabaseConnection Connection => DatabaseConnection.Parse(ConnectionString);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await drop();
        }
        catch (Exception e) when (e is IOException or NpgsqlException or UnauthorizedAccessException)
        {
            // Leftovers of a temp database must not fail a test that passed.
        }
    }
}
