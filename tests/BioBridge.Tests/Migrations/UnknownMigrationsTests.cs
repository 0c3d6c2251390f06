using Microsoft.EntityFrameworkCore;

namespace BioBridge.Tests.Migrations;

/// <summary>A database migrated before the squash (or by a newer version) is refused with what to do, not half-migrated.</summary>
public class UnknownMigrationsTests
{
    [Theory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Migrate_refuses_a_database_made_by_the_migrations_from_before_the_squash(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        (await Cli.RunAsync("migrate", "--db", database.ConnectionString)).ExitCode.ShouldBe(0);
        await using (var db = MigrationSteps.Open(provider, database.ConnectionString))
        {
            // The history a developer's database kept from before the squash: the old first and last migrations.
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsHistory\"");
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('20261124202045_Initial', '10.0.15'), ('20261125194233_ActivityDays', '10.0.15')");
        }

        var refused = await Cli.RunAsync("migrate", "--db", database.ConnectionString);

        refused.ExitCode.ShouldBe(1);
        refused.Stderr.ShouldStartWith("error: ");
        refused.Stderr.ShouldContain(database.Connection.Describe());
        refused.Stderr.ShouldContain("20261124202045_Initial, 20261125194233_ActivityDays");
        refused.Stderr.ShouldContain("delete the file");
    }
}
