using System.Text.Json;
using BioBridge.Data;
using BioBridge.Features.Demo;
using BioBridge.Features.Directory;
using BioBridge.Features.Operations;
using BioBridge.Scheduling;
using BioBridge.Shared.Resources;

namespace BioBridge;

/// <summary>The commands of docs/contracts.md section 1: exit 0 done, 1 input rejected, 2 wrong usage.</summary>
public static class BioBridgeCli
{
    static readonly string[] Commands = ["import", "export", "search", "recommend", "schedule", "seed", "migrate", "backup", "restore", "purge", "cooperation", "translation"];

    const string Usage = """
        usage: BioBridge <command> [--db CONNECTION] [--json]
          import companies FILE [--dry-run]     import organizations from .csv or .xlsx (all or nothing)
          export companies FILE                 write all organizations to .csv or .xlsx
          search QUERY [--top N] [--lang ko|zh|en]
          recommend EXTERNAL_ID [--top N] [--lang ko|zh|en]
          schedule solve INSTANCE.json --out RESULT.json [--time-limit S] [--solver auto|heuristic|exact|cpsat] [--seed N] [--keep RESULT.json]
          schedule check INSTANCE.json RESULT.json [--json]
          seed demo                             load the demo data into an empty database
          seed partnering-load [--preset tiny|small|medium|event] [--seed N] [--time-limit S] [--event SLUG]
                                                write a generated event into the database and run the scheduler on it
                                                (--event: run it again on an event written earlier)
          backup FILE                           write a consistent copy of the database (SQLite file or pg_dump archive)
          restore FILE --replace                replace the whole database with a backup
          migrate                               apply pending database migrations
          purge                                 delete audit entries and invitations past their retention (BioBridge:Accounts)
          cooperation rebuild-summaries         recount the dashboard's daily activity summary from the records
          translation memory                    per translation service: texts translated once, reuses, hit rate
          translation republish [--passes N]    drop the machine drafts of public content, queue and translate it again
                                                N times (default 2) and report the characters sent and memory hits per pass
        """;

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    /// <summary>Runs a command; what it prints is in <paramref name="language"/> (the console's, <see cref="UiLanguage.OfConsole"/>),
    /// except the usage text, which stays English.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string language = UiLanguage.English)
    {
        using var speaking = UiLanguage.Use(language);
        try
        {
            if (args[0] == "schedule")
                return ScheduleCommandLine.Run(CommandArguments.TakeDatabase(args[1..]).Others, stdout, stderr);
            var command = CommandArguments.Parse(args, new HashSet<string> { "--db", "--top", "--lang", "--preset", "--seed", "--time-limit", "--event", "--passes" },
                new HashSet<string> { "--json", "--dry-run", "--replace" });
            await using var services = CommandServices.Build(command.Value("--db"));
            return await RunAsync(command, services, stdout, stderr);
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}\n{Usage}");
            return 2;
        }
        catch (UnknownMigrationsException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
        catch (Exception e) when (DatabaseFault.Of(e) is { } fault)
        {
            await stderr.WriteLineAsync($"error: {fault.Text}");
            return 1;
        }
    }

    static async Task<int> RunAsync(CommandArguments command, CommandServices services, TextWriter stdout, TextWriter stderr)
    {
        var words = command.Positional;
        var json = command.Has("--json");
        await services.MigrateAsync();
        switch (words)
        {
            case ["import", "companies", var file]:
                return await DirectoryCommands.ImportAsync(services.Provider, file, command.Has("--dry-run"), json, stdout, stderr);
            case ["export", "companies", var file]:
                return await DirectoryCommands.ExportAsync(services.Provider, file, json, stdout, stderr);
            case ["search", .. var query] when query.Count > 0:
                return await DirectoryCommands.SearchAsync(services.Provider, string.Join(' ', query), command, json, stdout);
            case ["recommend", var externalId]:
                return await DirectoryCommands.RecommendAsync(services.Provider, externalId, command, json, stdout, stderr);
            case ["seed", "demo"]:
                return await DemoCommands.SeedAsync(services.Provider, json, stdout, stderr);
            case ["seed", "partnering-load"]:
                var figures = await services.Get<Features.Partnering.SeedPartneringLoad>().HandleAsync(command.Value("--preset") ?? "small",
                    int.TryParse(command.Value("--seed"), out var seed) ? seed : 1,
                    double.TryParse(command.Value("--time-limit"), System.Globalization.CultureInfo.InvariantCulture, out var limit) ? limit : 60,
                    command.Value("--event"), stderr, default);
                await (json ? stdout : stderr).WriteLineAsync(JsonSerializer.Serialize(figures, CommandJson.Options));
                return figures.RunStatus == "succeeded" ? 0 : 1;
            case ["backup", var file]:
                return await OperationsCommands.Report(await services.Get<DatabaseBackup>().BackupAsync(file), json, stdout, stderr);
            case ["restore", var file] when command.Has("--replace"):
                var restored = await services.Get<DatabaseBackup>().RestoreAsync(file);
                if (restored.Succeeded)
                    await services.MigrateAsync(); // a backup from an older version is brought up to this one
                return await OperationsCommands.Report(restored, json, stdout, stderr);
            case ["restore", _]:
                throw new UsageException("restore replaces the whole database: add --replace to confirm");
            case ["purge"]:
                var purged = await services.Get<Features.Accounts.PurgeExpiredRecords>().HandleAsync(default);
                await (json ? stdout : stderr).WriteLineAsync(JsonSerializer.Serialize(purged, CommandJson.Options));
                return 0;
            case ["cooperation", "rebuild-summaries"]:
                return await Features.Cooperation.RebuildSummariesCommand.RunAsync(services.Get<AppDb>(), json, stdout, stderr);
            case ["translation", "memory"]:
                return await TranslationMemoryCommand.RunAsync(services.Get<AppDb>(), json, stdout, stderr);
            case ["translation", "republish"]:
                return await Features.Publishing.RepublishCommand.RunAsync(services.Provider,
                    int.TryParse(command.Value("--passes"), out var passes) && passes > 0 ? passes : 2, json, stdout, stderr);
            case ["migrate"]:
                if (json)
                    await stdout.WriteLineAsync(JsonSerializer.Serialize(new { migrated = true }, CommandJson.Options));
                return 0;
            default:
                throw new UsageException($"unknown command '{string.Join(' ', words)}'");
        }
    }
}
