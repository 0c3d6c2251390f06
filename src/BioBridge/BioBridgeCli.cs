using System.Text.Json;
using BioBridge.Data;
using BioBridge.Features.Demo;
using BioBridge.Features.Directory;
using BioBridge.Features.Operations;
using BioBridge.Shared.Resources;
using BioBridge.Scheduling;
using Spectre.Console;

namespace BioBridge;

/// <summary>The commands of docs/contracts.md section 1: exit 0 done, 1 input rejected, 2 wrong usage.</summary>
public static class BioBridgeCli
{
    static readonly string[] Commands = ["import", "export", "search", "recommend", "schedule", "seed", "migrate", "backup", "restore", "purge", "cooperation"];

    const string Usage = """
        usage: BioBridge <command> [--db CONNECTION] [--json]
          import companies FILE [--dry-run]     import organizations from .csv or .xlsx (all or nothing)
          export companies FILE                 write all organizations to .csv or .xlsx
          search QUERY [--top N] [--lang ko|zh|en]
          recommend EXTERNAL_ID [--top N] [--lang ko|zh|en]
          schedule solve INSTANCE.json --out RESULT.json [--time-limit S] [--solver auto|heuristic|exact|cpsat] [--seed N] [--keep RESULT.json]
          schedule check INSTANCE.json RESULT.json [--json]
          seed demo                             load the demo data into an empty database
          seed partnering-load [--preset tiny|small|medium|event] [--seed N] [--time-limit S]
                                                write a generated event into the database and run the scheduler on it
          backup FILE                           write a consistent copy of the database (SQLite file or pg_dump archive)
          restore FILE --replace                replace the whole database with a backup
          migrate                               apply pending database migrations
          purge                                 delete audit entries and invitations past their retention (BioBridge:Accounts)
          cooperation rebuild-summaries         recount the dashboard's daily activity summary from the records
        """;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (args[0] == "schedule")
                return ScheduleCommandLine.Run(WithoutDb(args[1..]), stdout, stderr);
            var command = CommandArguments.Parse(args, new HashSet<string> { "--db", "--top", "--lang", "--preset", "--seed", "--time-limit" },
                new HashSet<string> { "--json", "--dry-run", "--replace" });
            await using var services = CommandServices.Build(command.Value("--db"));
            return await RunAsync(command, services, stdout, stderr);
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}\n{Usage}");
            return 2;
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
                return await ImportAsync(services, file, command.Has("--dry-run"), json, stdout, stderr);
            case ["export", "companies", var file]:
                return await ExportAsync(services, file, json, stdout, stderr);
            case ["search", .. var query] when query.Count > 0:
                return await SearchAsync(services, string.Join(' ', query), command, json, stdout);
            case ["recommend", var externalId]:
                return await RecommendAsync(services, externalId, command, json, stdout, stderr);
            case ["seed", "demo"]:
                return await SeedAsync(services, json, stdout, stderr);
            case ["seed", "partnering-load"]:
                var figures = await services.Get<Features.Partnering.SeedPartneringLoad>().HandleAsync(command.Value("--preset") ?? "small",
                    int.TryParse(command.Value("--seed"), out var seed) ? seed : 1,
                    double.TryParse(command.Value("--time-limit"), System.Globalization.CultureInfo.InvariantCulture, out var limit) ? limit : 60, stderr, default);
                await (json ? stdout : stderr).WriteLineAsync(JsonSerializer.Serialize(figures, Json));
                return figures.RunStatus == "succeeded" ? 0 : 1;
            case ["backup", var file]:
                return await Report(await services.Get<DatabaseBackup>().BackupAsync(file), json, stdout, stderr);
            case ["restore", var file] when command.Has("--replace"):
                var restored = await services.Get<DatabaseBackup>().RestoreAsync(file);
                if (restored.Succeeded)
                    await services.MigrateAsync(); // a backup from an older version is brought up to this one
                return await Report(restored, json, stdout, stderr);
            case ["restore", _]:
                throw new UsageException("restore replaces the whole database: add --replace to confirm");
            case ["purge"]:
                var purged = await services.Get<Features.Accounts.PurgeExpiredRecords>().HandleAsync(default);
                await (json ? stdout : stderr).WriteLineAsync(JsonSerializer.Serialize(purged, Json));
                return 0;
            case ["cooperation", "rebuild-summaries"]:
                return await Features.Cooperation.RebuildSummariesCommand.RunAsync(services.Get<AppDb>(), json, stdout, stderr);
            case ["migrate"]:
                if (json)
                    await stdout.WriteLineAsync(JsonSerializer.Serialize(new { migrated = true }, Json));
                return 0;
            default:
                throw new UsageException($"unknown command '{string.Join(' ', words)}'");
        }
    }

    static async Task<int> ImportAsync(CommandServices services, string file, bool dryRun, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(file))
        {
            await stderr.WriteLineAsync($"{file}: no such file");
            return 1;
        }
        if (!OrganizationSheet.IsSupported(file))
        {
            await stderr.WriteLineAsync($"{file}: only .csv and .xlsx files can be imported");
            return 1;
        }
        ImportOutcome outcome;
        await using (var content = File.OpenRead(file))
            outcome = await WithProgressAsync(stderr, "import", (progress, ct) =>
                services.Get<ImportOrganizations>().HandleAsync(file, content, dryRun, ImportScope.Everything, progress, ct));

        if (json)
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new
            {
                file = outcome.FileName, accepted = outcome.Accepted, dryRun = outcome.DryRun, rows = outcome.Rows,
                created = outcome.Created, updated = outcome.Updated, unchanged = outcome.Unchanged,
                problems = outcome.Problems.Select(p => new { row = p.Row, column = p.Column, message = p.Message }),
            }, Json));
        if (!outcome.Accepted)
        {
            await stderr.WriteLineAsync($"{file}: rejected, nothing was imported ({outcome.Problems.Count} problem(s)):");
            foreach (var problem in outcome.Problems)
                await stderr.WriteLineAsync($"{file}: {problem}");
            return 1;
        }
        var verb = dryRun ? "valid (dry run, nothing written)" : "imported";
        await stderr.WriteLineAsync($"{file}: {verb}: {outcome.Rows} rows, {outcome.Created} created, {outcome.Updated} updated, {outcome.Unchanged} unchanged");
        return 0;
    }

    static async Task<int> ExportAsync(CommandServices services, string file, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (!OrganizationSheet.IsSupported(file))
        {
            await stderr.WriteLineAsync($"{file}: export writes .csv or .xlsx only");
            return 1;
        }
        var temporary = file + ".partial";
        int count;
        await using (var output = File.Create(temporary))
            count = await services.Get<ExportOrganizations>().HandleAsync(file, output);
        // Write then rename: a failed export never leaves a half-written file under the requested name.
        File.Move(temporary, file, overwrite: true);
        if (json)
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new { file, organizations = count }, Json));
        await stderr.WriteLineAsync($"{file}: exported {count} organizations");
        return 0;
    }

    static async Task<int> SearchAsync(CommandServices services, string query, CommandArguments command, bool json, TextWriter stdout)
    {
        var top = command.Int("--top", 10, 1, 1000);
        var language = UiLanguage.FromCode(command.Value("--lang"));
        var search = services.Get<DirectorySearch>();
        await search.EnsureBuiltAsync(services.Get<AppDb>(), default);
        var page = search.Search(new DirectoryQuery(query, Take: top), language);
        if (json)
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(page.Items.Select(i => new
            {
                externalId = i.ExternalId, name = i.Name, score = i.Score, matched = i.Matched,
            }), Json));
            return 0;
        }
        foreach (var item in page.Items)
            await stdout.WriteLineAsync($"{item.Score,8:0.000}  {item.ExternalId,-20} {item.Name}  [{string.Join(", ", item.Matched)}]");
        return 0;
    }

    static async Task<int> RecommendAsync(CommandServices services, string externalId, CommandArguments command, bool json,
        TextWriter stdout, TextWriter stderr)
    {
        var top = command.Int("--top", 10, 1, 200);
        var language = UiLanguage.FromCode(command.Value("--lang"));
        var search = services.Get<DirectorySearch>();
        await search.EnsureBuiltAsync(services.Get<AppDb>(), default);
        var recommendations = search.Recommend(externalId, top, language);
        if (recommendations is null)
        {
            await stderr.WriteLineAsync($"recommend: no organization with external_id '{externalId}'");
            return 1;
        }
        if (json)
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(recommendations.Select(r => new
            {
                externalId = r.ExternalId, name = r.Name, score = r.Score, reasons = r.Reasons,
            }), Json));
            return 0;
        }
        foreach (var r in recommendations)
            await stdout.WriteLineAsync($"{r.Score,8:0.000}  {r.ExternalId,-20} {r.Name}\n          {string.Join("\n          ", r.Reasons)}");
        return 0;
    }

    static async Task<int> Report(BackupOutcome outcome, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (json)
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new { succeeded = outcome.Succeeded, message = outcome.Message }, Json));
        await stderr.WriteLineAsync(outcome.Message);
        return outcome.Succeeded ? 0 : 1;
    }

    static async Task<int> SeedAsync(CommandServices services, bool json, TextWriter stdout, TextWriter stderr)
    {
        var outcome = await WithProgressAsync(stderr, "seed", (progress, ct) => services.Get<SeedDemo>().HandleAsync(progress, ct));
        if (json)
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new { seeded = outcome.Seeded, message = outcome.Message }, Json));
        await stderr.WriteLineAsync(outcome.Message);
        return outcome.Seeded ? 0 : 1;
    }

    /// <summary>Long work shows a progress bar on stderr; stdout stays clean for --json.</summary>
    static async Task<T> WithProgressAsync<T>(TextWriter stderr, string title, Func<IProgress<ImportProgress>, CancellationToken, Task<T>> work)
    {
        if (stderr != Console.Error || Console.IsErrorRedirected)
        {
            // Not a terminal (CI, pipes): a line per phase and per tenth instead of a redrawn bar.
            var lastTenth = -1;
            var lastPhase = "";
            return await work(new SynchronousProgress<ImportProgress>(p =>
            {
                var tenth = p.Total == 0 ? 10 : p.Done * 10 / p.Total;
                if (p.Phase == lastPhase && tenth == lastTenth)
                    return;
                (lastPhase, lastTenth) = (p.Phase, tenth);
                stderr.WriteLine($"{title}: {p.Phase} {p.Done}/{p.Total}");
            }), default);
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        T result = default!;
        await console.Progress().AutoClear(false).StartAsync(async ctx =>
        {
            var tasks = new Dictionary<string, ProgressTask>();
            var progress = new SynchronousProgress<ImportProgress>(p =>
            {
                if (!tasks.TryGetValue(p.Phase, out var task))
                    tasks[p.Phase] = task = ctx.AddTask($"{title}: {p.Phase}", maxValue: Math.Max(1, p.Total));
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Done;
            });
            result = await work(progress, default);
            foreach (var task in tasks.Values)
                task.Value = task.MaxValue;
        });
        return result;
    }

    static string[] WithoutDb(string[] args)
    {
        var kept = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--db") { i++; continue; }
            if (args[i].StartsWith("--db=", StringComparison.Ordinal)) continue;
            kept.Add(args[i]);
        }
        return [.. kept];
    }
}
