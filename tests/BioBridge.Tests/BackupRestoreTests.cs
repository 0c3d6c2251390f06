using System.Text;

namespace BioBridge.Tests;

/// <summary>`backup` and `restore` commands: a round trip brings back exactly what was backed up, on each provider.</summary>
public abstract class BackupRestoreTests(Provider provider) : IAsyncLifetime
{
    TestDatabase db = null!;
    readonly string folder = Directory.CreateTempSubdirectory("biobridge-backup-").FullName;

    public async Task InitializeAsync() => db = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    Task<CliRun> Run(params string[] args) => Cli.RunAsync([.. args, "--db", db.ConnectionString]);

    async Task<string> ExportedCsv()
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".csv");
        (await Run("export", "companies", path)).ExitCode.ShouldBe(0);
        return await File.ReadAllTextAsync(path);
    }

    [Fact]
    public async Task Restore_brings_back_exactly_what_was_backed_up()
    {
        (await Run("seed", "demo")).ExitCode.ShouldBe(0);
        var before = await ExportedCsv();
        var backup = Path.Combine(folder, "demo.backup");
        var backedUp = await Run("backup", backup);
        backedUp.ExitCode.ShouldBe(0, backedUp.Stderr);
        File.Exists(backup).ShouldBeTrue();
        File.Exists(backup + ".partial").ShouldBeFalse();

        var extra = Path.Combine(folder, "extra.csv");
        await File.WriteAllTextAsync(extra, "external_id,cluster,name_en\nafter-backup,other,Added After The Backup\n", new UTF8Encoding(false));
        (await Run("import", "companies", extra)).ExitCode.ShouldBe(0);
        (await ExportedCsv()).ShouldContain("after-backup");

        var restored = await Run("restore", backup, "--replace");
        restored.ExitCode.ShouldBe(0, restored.Stderr);
        (await ExportedCsv()).ShouldBe(before);
    }

    [Fact]
    public async Task Restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing()
    {
        (await Run("seed", "demo")).ExitCode.ShouldBe(0);
        var before = await ExportedCsv();
        var notBackup = Path.Combine(folder, "notes.txt");
        await File.WriteAllTextAsync(notBackup, "not a database");

        var run = await Run("restore", notBackup, "--replace");
        run.ExitCode.ShouldBe(1);
        run.Stderr.ShouldContain("notes.txt");
        (await ExportedCsv()).ShouldBe(before);
    }

    [Fact]
    public async Task Restore_without_replace_is_wrong_usage()
    {
        (await Run("restore", Path.Combine(folder, "any.backup"))).ExitCode.ShouldBe(2);
    }
}
