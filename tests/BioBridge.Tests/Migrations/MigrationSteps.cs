using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Tests.Migrations;

/// <summary>
/// The migrations of each provider as upgrade steps: the first from an empty database, every other one from the
/// migration before it. Read from the assembly, so a new migration is a new test case without editing a test.
/// </summary>
public static class MigrationSteps
{
    public static IReadOnlyList<string> Of(Provider provider)
    {
        // Listing migrations reads the assembly only: no server needs to answer.
        using var db = Open(provider, provider == Provider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1");
        return db.Database.GetMigrations().ToList();
    }

    public static TheoryData<Provider, string?, string> All()
    {
        var steps = new TheoryData<Provider, string?, string>();
        foreach (var provider in Enum.GetValues<Provider>())
        {
            var migrations = Of(provider);
            for (var i = 0; i < migrations.Count; i++)
                steps.Add(provider, i == 0 ? null : migrations[i - 1], migrations[i]);
        }
        return steps;
    }

    public static AppDb Open(Provider provider, string connectionString) => provider == Provider.Sqlite
        ? new SqliteAppDb(new DbContextOptionsBuilder<SqliteAppDb>().UseSqlite(connectionString).Options)
        : new PostgresAppDb(new DbContextOptionsBuilder<PostgresAppDb>().UseNpgsql(connectionString).Options);
}
