using BioBridge.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BioBridge.Tests.Accounts;

public class AccountsUpgradeTests
{
    const string BeforeAccounts = "20261125165334_EventOrganizers";

    [Fact]
    public async Task Accounts_created_before_email_confirmation_existed_count_as_confirmed_after_the_upgrade()
    {
        var path = Path.Combine(Path.GetTempPath(), $"biobridge-upgrade-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteAppDb>().UseSqlite($"Data Source={path};Pooling=false").Options;
            await using var db = new SqliteAppDb(options);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(BeforeAccounts);

            // An account as the version before wrote it: every required column filled, e-mail not confirmed.
            var required = await db.Database.SqlQueryRaw<ColumnInfo>(
                "SELECT name AS Name, type AS Type FROM pragma_table_info('AspNetUsers') WHERE \"notnull\" = 1 AND dflt_value IS NULL").ToListAsync();
            var values = required.Select(c => c.Name switch
            {
                "Id" => "'old-operator'",
                "EmailConfirmed" => "0",
                _ => c.Type.Contains("INT", StringComparison.OrdinalIgnoreCase) ? "0" : "'x'",
            });
            // Column names come from the schema itself, values are constants: nothing outside the test reaches this SQL.
            var insert = $"INSERT INTO \"AspNetUsers\" ({string.Join(", ", required.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", values)})";
            await db.Database.ExecuteSqlRawAsync(insert);

            await migrator.MigrateAsync();
            (await db.Users.AsNoTracking().SingleAsync(u => u.Id == "old-operator")).EmailConfirmed.ShouldBeTrue();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    sealed record ColumnInfo(string Name, string Type);
}
