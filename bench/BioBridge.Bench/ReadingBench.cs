using System.Diagnostics;
using BioBridge.Data;
using BioBridge.Language;
using BioBridge.Shared;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Bench;

/// <summary>
/// A page's reading of foreign texts through the translation memory, side by side:
///   reading [--db CONNECTION] [--messages 50]
/// a thread of Korean messages read by an English reader (the offline fake service behind the memory and the
/// glossary), once with every text looked up on its own (one lookup and one hit update per text, as
/// ReadingTranslator did before issue 23) and once as one batch (ReadingTranslator now). Each way gets its own texts:
/// the first read sends them all (misses), then warm reads (all hits), median and maximum of 20; with the database
/// commands each read sent. SQLite file under /tmp by default, or PostgreSQL (--db "Host=..."); both ways warmed up first.
/// </summary>
public static class ReadingBench
{
    public static int Run(string[] args)
    {
        var db = BenchOptions.Value(args, "--db") ?? "Data Source=/tmp/biobridge-reading-bench.db";
        return RunAsync(db, int.Parse(BenchOptions.Value(args, "--messages") ?? "50")).GetAwaiter().GetResult();
    }

    static async Task<int> RunAsync(string database, int messages)
    {
        await using (var services = CommandServices.Build(database))
            await services.MigrateAsync();
        var counter = new CommandCounter();
        var memory = new TranslationMemory(new FakeTranslationService(), Counted(DatabaseConnection.Parse(database), counter), TimeProvider.System);
        var translator = new MachineTranslator(memory, new Glossary(Taxonomy.Default));
        var run = Guid.NewGuid().ToString("N")[..8];
        string[] Thread(string way) => Enumerable.Range(1, messages).Select(i => $"{way} {run} 메시지 {i}: 다음 주에 샘플을 보내드리겠습니다.").ToArray();
        var oneByOne = Thread("one-by-one");
        var batch = Thread("batch");
        var reading = new ReadingTranslator(translator);
        // Both ways once on texts of their own first, so neither pays the start-up (JIT, first connections).
        await reading.ReadAsync(Thread("warm-up"), "en", TextPrivacy.Private, default);
        await translator.TranslateAsync(Thread("warm-up")[0], "ko", "en", [], default);
        var ways = new (string Name, Func<Task> Read)[]
        {
            ("one by one (before)", async () =>
            {
                foreach (var text in oneByOne)
                    await translator.TranslateAsync(text, "ko", "en", [], default);
            }),
            ("batch (after)", () => reading.ReadAsync(batch, "en", TextPrivacy.Private, default)),
        };
        Console.WriteLine($"{(database.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) ? "PostgreSQL" : "SQLite")}, " +
            $"a thread of {messages} Korean messages read in English; load average {LoadAverage()}");
        foreach (var (name, read) in ways)
        {
            var (first, firstCommands) = await TimedAsync(counter, read);
            var warm = new List<(double Ms, int Commands)>();
            for (var i = 0; i < 20; i++)
                warm.Add(await TimedAsync(counter, read));
            var times = warm.Select(w => w.Ms).Order().ToList();
            Console.WriteLine($"{name}: first read (all sent) {first:0.0} ms, {firstCommands} commands; " +
                $"warm read (all from memory) median {times[times.Count / 2]:0.0} ms, max {times[^1]:0.0} ms, {warm[^1].Commands} commands");
        }
        return 0;
    }

    static async Task<(double Ms, int Commands)> TimedAsync(CommandCounter counter, Func<Task> read)
    {
        var before = counter.Count;
        var clock = Stopwatch.StartNew();
        await read();
        return (clock.Elapsed.TotalMilliseconds, counter.Count - before);
    }

    /// <summary>The app's contexts for this database, with the command counter.</summary>
    static AppDbOptions Counted(DatabaseConnection connection, CommandCounter counter)
    {
        if (connection.Provider == DatabaseProvider.Postgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresAppDb>().UseNpgsql(connection.ConnectionString).AddInterceptors(counter).Options;
            return new AppDbOptions(() => new PostgresAppDb(postgres));
        }
        var sqlite = new DbContextOptionsBuilder<SqliteAppDb>().UseSqlite(connection.ConnectionString).AddInterceptors(counter).Options;
        return new AppDbOptions(() => new SqliteAppDb(sqlite));
    }

    static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
