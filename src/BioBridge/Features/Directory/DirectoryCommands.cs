using System.Text.Json;
using BioBridge.Data;
using BioBridge.Shared.Resources;
using Spectre.Console;

namespace BioBridge.Features.Directory;

/// <summary>The directory's commands (docs/contracts.md section 1): import, export, search, recommend.</summary>
public static class DirectoryCommands
{
    public static async Task<int> ImportAsync(IServiceProvider services, string file, bool dryRun, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(file))
        {
            await stderr.WriteLineAsync(DirectoryText.Say($"{file}: no such file"));
            return 1;
        }
        if (!OrganizationSheet.IsSupported(file))
        {
            await stderr.WriteLineAsync(DirectoryText.Say($"{file}: only .csv and .xlsx files can be imported"));
            return 1;
        }
        ImportOutcome outcome;
        await using (var content = File.OpenRead(file))
            outcome = await WithProgressAsync(stderr, "import", (progress, ct) =>
                services.GetRequiredService<ImportOrganizations>().HandleAsync(file, content, dryRun, ImportScope.Everything, progress, ct));

        if (json)
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new
            {
                file = outcome.FileName, accepted = outcome.Accepted, dryRun = outcome.DryRun, rows = outcome.Rows,
                created = outcome.Created, updated = outcome.Updated, unchanged = outcome.Unchanged,
                problems = outcome.Problems.Select(p => new { row = p.Row, column = p.Column, message = p.Message }),
            }, CommandJson.Options));
        if (!outcome.Accepted)
        {
            await stderr.WriteLineAsync(DirectoryText.Say($"{file}: rejected, nothing was imported ({outcome.Problems.Count} problem(s)):"));
            foreach (var problem in outcome.Problems)
                await stderr.WriteLineAsync($"{file}: {problem}");
            return 1;
        }
        await stderr.WriteLineAsync(dryRun
            ? DirectoryText.Say($"{file}: valid (dry run, nothing written): {outcome.Rows} rows, {outcome.Created} created, {outcome.Updated} updated, {outcome.Unchanged} unchanged")
            : DirectoryText.Say($"{file}: imported: {outcome.Rows} rows, {outcome.Created} created, {outcome.Updated} updated, {outcome.Unchanged} unchanged"));
        return 0;
    }

    public static async Task<int> ExportAsync(IServiceProvider services, string file, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (!OrganizationSheet.IsSupported(file))
        {
            await stderr.WriteLineAsync(DirectoryText.Say($"{file}: export writes .csv or .xlsx only"));
            return 1;
        }
        var temporary = file + ".partial";
        int count;
        await using (var output = File.Create(temporary))
            count = await services.GetRequiredService<ExportOrganizations>().HandleAsync(file, output);
        // Write then rename: a failed export never leaves a half-written file under the requested name.
        File.Move(temporary, file, overwrite: true);
        if (json)
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new { file, organizations = count }, CommandJson.Options));
        await stderr.WriteLineAsync(DirectoryText.Say($"{file}: exported {count} organizations"));
        return 0;
    }

    public static async Task<int> SearchAsync(IServiceProvider services, string query, CommandArguments command, bool json, TextWriter stdout)
    {
        var top = command.Int("--top", 10, 1, 1000);
        var language = UiLanguage.Requested(command.Value("--lang"));
        var search = services.GetRequiredService<DirectorySearch>();
        await search.EnsureBuiltAsync(services.GetRequiredService<AppDb>(), default);
        var page = search.Search(new DirectoryQuery(query, Take: top), language);
        if (json)
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(page.Items.Select(i => new
            {
                externalId = i.ExternalId, name = i.Name, score = i.Score, matched = i.Matched,
            }), CommandJson.Options));
            return 0;
        }
        foreach (var item in page.Items)
            await stdout.WriteLineAsync($"{item.Score,8:0.000}  {item.ExternalId,-20} {item.Name}  [{string.Join(", ", item.Matched)}]");
        return 0;
    }

    public static async Task<int> RecommendAsync(IServiceProvider services, string externalId, CommandArguments command, bool json,
        TextWriter stdout, TextWriter stderr)
    {
        var top = command.Int("--top", 10, 1, 200);
        var language = UiLanguage.Requested(command.Value("--lang"));
        var search = services.GetRequiredService<DirectorySearch>();
        await search.EnsureBuiltAsync(services.GetRequiredService<AppDb>(), default);
        var recommendations = search.Recommend(externalId, top, language);
        if (recommendations is null)
        {
            await stderr.WriteLineAsync(DirectoryText.Say($"recommend: no organization with external_id '{externalId}'"));
            return 1;
        }
        if (json)
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(recommendations.Select(r => new
            {
                externalId = r.ExternalId, name = r.Name, score = r.Score, reasons = r.Reasons,
            }), CommandJson.Options));
            return 0;
        }
        foreach (var r in recommendations)
            await stdout.WriteLineAsync($"{r.Score,8:0.000}  {r.ExternalId,-20} {r.Name}\n          {string.Join("\n          ", r.Reasons)}");
        return 0;
    }

    /// <summary>Long work shows a progress bar on stderr; stdout stays clean for --json.</summary>
    public static async Task<T> WithProgressAsync<T>(TextWriter stderr, string title, Func<IProgress<ImportProgress>, CancellationToken, Task<T>> work)
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
                stderr.WriteLine($"{title}: {PhaseName(p.Phase)} {p.Done}/{p.Total}");
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
                    tasks[p.Phase] = task = ctx.AddTask(Markup.Escape($"{title}: {PhaseName(p.Phase)}"), maxValue: Math.Max(1, p.Total));
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Done;
            });
            result = await work(progress, default);
            foreach (var task in tasks.Values)
                task.Value = task.MaxValue;
        });
        return result;
    }

    /// <summary>A phase of <see cref="ImportOrganizations"/> in the console's language.</summary>
    static string PhaseName(string phase) => phase switch
    {
        "read" => DirectoryText.Say("reading the file"),
        "validate" => DirectoryText.Say("checking the rows"),
        "write" => DirectoryText.Say("writing"),
        _ => phase,
    };
}
