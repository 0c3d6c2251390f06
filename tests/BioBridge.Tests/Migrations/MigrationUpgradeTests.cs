using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BioBridge.Tests.Migrations;

/// <summary>
/// Every migration, on both providers, upgrades a database whose every table holds rows: none is lost and the
/// current model reads them all. docs/migrations.md says what a new migration needs to pass.
/// </summary>
public class MigrationUpgradeTests
{
    public static TheoryData<Provider, string?, string> Steps => MigrationSteps.All();

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Each_migration_upgrades_a_database_full_of_rows_without_losing_any(Provider provider, string? previous, string target)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = MigrationSteps.Open(provider, database.ConnectionString);
        var migrator = db.GetService<IMigrator>();
        var last = MigrationSteps.Of(provider)[^1];
        if (previous is null)
        {
            await MigrateAsync(migrator, provider, "an empty database", target);
            await MigrateAsync(migrator, provider, target, last);
            (await StoreCatalog.ReadAsync(db)).Select(t => t.Name).Order()
                .ShouldBe(db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.Select(t => t.Name).Order(),
                    "the migrations applied to an empty database must create every table of the model");
            await GeneratedRows.FillAsync(db, await StoreCatalog.ReadAsync(db));
        }
        else
        {
            await MigrateAsync(migrator, provider, "an empty database", previous);
            var before = await StoreCatalog.ReadAsync(db);
            await GeneratedRows.FillAsync(db, before);
            var counts = await GeneratedRows.CountAsync(db, before);
            await MigrateAsync(migrator, provider, $"{previous} with {GeneratedRows.PerTable} generated rows in every table", target);
            var kept = (await StoreCatalog.ReadAsync(db)).Select(t => t.Name).ToHashSet();
            foreach (var (table, count) in counts)
                kept.ShouldContain(table, $"{target} dropped table {table} and its {count} rows");
            var after = await GeneratedRows.CountAsync(db, before);
            foreach (var (table, count) in counts)
                after[table].ShouldBeGreaterThanOrEqualTo(count, $"{target} lost rows of {table}");
            // The current model reads the last schema only. Tables the upgrade created start empty: fill them too.
            await MigrateAsync(migrator, provider, $"{target} with the upgraded rows", last);
            var existing = before.Select(t => t.Name).ToHashSet();
            await GeneratedRows.FillAsync(db, [.. (await StoreCatalog.ReadAsync(db)).Where(t => !existing.Contains(t.Name))]);
        }
        (await EntitySets.ReadEveryAsync(db)).Where(set => set.Value == 0).Select(set => set.Key)
            .ShouldBeEmpty("every table was filled, yet the model read no row of these entity sets");
    }

    [Fact]
    public void The_upgrade_steps_walk_each_providers_migrations_from_an_empty_database_to_the_last()
    {
        var steps = MigrationSteps.All();
        foreach (var provider in Enum.GetValues<Provider>())
        {
            var migrations = MigrationSteps.Of(provider);
            migrations.ShouldNotBeEmpty($"{provider} has no migration at all");
            var walked = steps.Select(s => ((Provider)s[0], (string?)s[1], (string)s[2])).Where(s => s.Item1 == provider).ToList();
            walked.Select(s => s.Item3).ShouldBe(migrations);
            walked.Select(s => s.Item2).ShouldBe(migrations.Prepend(null).SkipLast(1));
        }
    }

    static async Task MigrateAsync(IMigrator migrator, Provider provider, string from, string target)
    {
        try
        {
            await migrator.MigrateAsync(target);
        }
        catch (Exception e)
        {
            Assert.Fail($"{provider}: migrating from {from} to {target} failed: {e.Message}");
        }
    }
}
