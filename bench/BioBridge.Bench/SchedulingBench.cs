using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using BioBridge.Scheduling;

namespace BioBridge.Bench;

/// <summary>
/// Meeting-scheduler benchmarks (docs/benchmarks.md, "Meeting scheduler"):
///   schedule compare [--presets small,medium,event] [--time-limit S] [--seeds N] [--solvers auto,cpsat,fcfs]
///   schedule jair [--dir DIR] [--variants original,...] [--time-limit S] [--solvers auto,exact,fcfs]
///   schedule generate --preset P [--seed N] [--fixed SHARE] --out FILE
///   schedule solve|check ...   (the app's command line, without a database)
/// Every solver run is a child process so that its peak memory is its own.
/// </summary>
public static class SchedulingBench
{
    static readonly Dictionary<string, double> DefaultSeconds = new()
    {
        ["tiny"] = 1,
        ["small"] = 1.8,
        ["medium"] = 30,
        ["event"] = 55,
    };

    public static int Run(string[] args)
    {
        var command = args.FirstOrDefault();
        var options = ParseOptions(args.Skip(1).ToArray());
        try
        {
            return command switch
            {
                "solve" or "check" => ScheduleCommandLine.Run(args, Console.Out, Console.Error),
                "generate" => Generate(options),
                "run-one" => RunOne(options),
                "compare" => Compare(options),
                "jair" => Jair(options),
                _ => Usage(),
            };
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return Usage();
        }
    }

    static int Usage()
    {
        Console.Error.WriteLine("""
            usage: BioBridge.Bench schedule compare [--presets small,medium,event] [--time-limit S] [--seeds N] [--solvers auto,cpsat,fcfs]
                   BioBridge.Bench schedule jair [--dir DIR] [--variants original] [--time-limit S] [--solvers auto,exact,fcfs]
                   BioBridge.Bench schedule generate --preset tiny|small|medium|event [--seed N] [--fixed SHARE] --out FILE
                   BioBridge.Bench schedule solve|check ...
            """);
        return 2;
    }

    static Dictionary<string, string> ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var k = 0; k < args.Length; k++)
        {
            if (!args[k].StartsWith("--", StringComparison.Ordinal))
            {
                options[$"arg{options.Count(o => o.Key.StartsWith("arg", StringComparison.Ordinal))}"] = args[k];
                continue;
            }
            options[args[k][2..]] = k + 1 < args.Length && !args[k + 1].StartsWith("--", StringComparison.Ordinal) ? args[++k] : "true";
        }
        return options;
    }

    static double Number(Dictionary<string, string> o, string name, double fallback) =>
        o.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    static int Generate(Dictionary<string, string> o)
    {
        if (!o.TryGetValue("out", out var path)) throw new ArgumentException("generate needs --out FILE");
        var options = GeneratorOptions.Preset(o.GetValueOrDefault("preset", "small"), (int)Number(o, "seed", 1)) with { FixedShare = Number(o, "fixed", 0) };
        ScheduleJson.WriteInstance(path, InstanceGenerator.Generate(options));
        Console.Error.WriteLine($"wrote {path}");
        return 0;
    }

    /// <summary>The child process: solves one instance and prints one JSON line of figures.</summary>
    static int RunOne(Dictionary<string, string> o)
    {
        var path = o["arg0"];
        var errors = new List<string>();
        var clock = Stopwatch.StartNew();
        var instance = ScheduleJson.ReadInstance(path, errors);
        var report = instance is null ? null : ScheduleSolver.Solve(instance, new SolveOptions
        {
            Solver = o.GetValueOrDefault("solver", "auto"),
            TimeLimitSeconds = Number(o, "time-limit", 10),
            Seed = (int)Number(o, "seed", 1),
            Progress = o.ContainsKey("verbose") ? Console.Error : null,
        }, errors);
        if (report is null)
        {
            Console.Error.WriteLine($"rejected: {string.Join("; ", errors)}");
            return 1;
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var f = report.Check.Figures;
        Console.WriteLine(JsonSerializer.Serialize(new RunFigures(
            o.GetValueOrDefault("solver", "auto"), report.SolverUsed, report.Check.Feasible, f.ScheduledWeight, f.TotalWeight,
            f.ScheduledMeetings, f.TotalMeetings, f.Breaks, f.MaxBreaksOfOneParticipant, f.WorstServedShare,
            report.UpperBound ?? f.TotalWeight, seconds, PeakMegabytes(), report.Result.BreaksLowerBound, report.Result.Proved)));
        return 0;
    }

    sealed record RunFigures(
        string Solver, string Used, bool Feasible, double Weight, double TotalWeight, int Scheduled, int Total,
        int Breaks, int MaxBreaks, double WorstShare, double Bound, double Seconds, double PeakMb, int? BreaksLowerBound, string? Proved);

    static double PeakMegabytes()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null) return double.Parse(Regex.Match(line, @"\d+").Value, CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException) { }
        return Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    }

    static RunFigures? Child(string instance, string solver, double seconds, int seed)
    {
        var dll = typeof(SchedulingBench).Assembly.Location;
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(dll);
        foreach (var a in new[] { "schedule", "run-one", instance, "--solver", solver, "--time-limit", seconds.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(seconds * 3 + 120)))
        {
            process.Kill(entireProcessTree: true);
            Console.Error.WriteLine($"  {solver}: killed after {seconds * 3 + 120:0} s");
            return null;
        }
        var line = stdout.Result.Split('\n').LastOrDefault(l => l.StartsWith('{'));
        if (process.ExitCode != 0 || line is null)
        {
            Console.Error.WriteLine($"  {solver}: exit {process.ExitCode}: {stderr.Result.Split('\n').FirstOrDefault(l => l.StartsWith("rejected", StringComparison.Ordinal)) ?? stderr.Result.Split('\n').FirstOrDefault()}");
            return null;
        }
        return JsonSerializer.Deserialize<RunFigures>(line);
    }

    static int Compare(Dictionary<string, string> o)
    {
        var presets = o.GetValueOrDefault("presets", "small,medium,event").Split(',');
        var solvers = o.GetValueOrDefault("solvers", "auto,cpsat,fcfs").Split(',');
        var seeds = (int)Number(o, "seeds", 1);
        var dir = Directory.CreateTempSubdirectory("biobridge-schedule-bench-");
        Console.WriteLine("| instance | solver | weight | of total | ratio to bound | scheduled | breaks | max breaks | worst served | seconds | peak MB |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var preset in presets)
            for (var seed = 1; seed <= seeds; seed++)
            {
                var options = GeneratorOptions.Preset(preset, seed) with { FixedShare = Number(o, "fixed", 0) };
                var path = Path.Combine(dir.FullName, $"{preset}-{seed}.json");
                ScheduleJson.WriteInstance(path, InstanceGenerator.Generate(options));
                var seconds = Number(o, "time-limit", DefaultSeconds.GetValueOrDefault(preset, 10));
                var runs = solvers.Select(s => (Solver: s, Figures: Child(path, s, seconds, seed))).ToList();
                var bound = runs.Where(r => r.Figures is not null).Select(r => r.Figures!.Bound).DefaultIfEmpty(double.NaN).Min();
                foreach (var (solver, f) in runs)
                    Console.WriteLine(f is null
                        ? $"| {preset} #{seed} | {Name(solver)} | did not finish (killed after {seconds * 3 + 120:0} s) | | | | | | | | |"
                        : $"| {preset} #{seed} | {Name(solver)}{(f.Used == solver ? "" : $" [{f.Used}]")} | {f.Weight:0} | {f.TotalWeight:0} | {f.Weight / bound:P1} | {f.Scheduled}/{f.Total} | {f.Breaks} | {f.MaxBreaks} | {f.WorstShare:P0} | {f.Seconds:0.0} | {f.PeakMb:0} |{(f.Feasible ? "" : " INFEASIBLE")}");
                var ours = runs.FirstOrDefault(r => r.Solver == "auto").Figures;
                var fcfs = runs.FirstOrDefault(r => r.Solver == "fcfs").Figures;
                if (ours is not null && fcfs is not null && fcfs.Weight > 0)
                    Console.WriteLine($"| {preset} #{seed} | gain over fcfs | {(ours.Weight / fcfs.Weight - 1):+0.0%;-0.0%} weight | | bound {bound:0} | {ours.Scheduled - fcfs.Scheduled:+0;-0} meetings | {ours.Breaks - fcfs.Breaks:+0;-0} breaks | | | | |");
            }
        dir.Delete(recursive: true);
        return 0;
    }

    static string Name(string solver) => solver switch
    {
        "auto" => "ours (auto)",
        "cpsat" => "CP-SAT alone",
        "fcfs" => "first come first served",
        "heuristic" => "ours (heuristic only)",
        "exact" => "exact (MaxSAT, Z3)",
        _ => solver,
    };

    static int Jair(Dictionary<string, string> o)
    {
        var dir = o.GetValueOrDefault("dir", FindJairDirectory());
        if (!Directory.Exists(dir)) throw new ArgumentException($"no benchmark directory {dir} (pass --dir)");
        var paper = ReadPaperOptimum(Path.Combine(dir, "README.md"));
        var variants = o.GetValueOrDefault("variants", "original").Split(',');
        var solvers = o.GetValueOrDefault("solvers", "auto,exact,fcfs").Split(',');
        var seconds = Number(o, "time-limit", 4.5);
        // Breaks are followed by the proven lower bound in brackets, "=" when it meets them (for the scheduled
        // meetings only, marked *, when not every meeting is scheduled); "peak MB" is the child's resident peak.
        Console.WriteLine($"| instance | meetings | paper's optimal breaks | {string.Join(" | ", solvers.Select(s => $"{Name(s)}: scheduled / breaks [bound] / s / peak MB"))} |");
        Console.WriteLine($"|---|---|---|{string.Concat(solvers.Select(_ => "---|"))}");
        int all = 0, allScheduled = 0, atMostPaper = 0, proved = 0;
        foreach (var variant in variants)
            foreach (var path in Directory.GetFiles(dir, $"*.{variant}.json").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path)[..^(variant.Length + 6)];
                var optimum = paper.TryGetValue(name, out var b) && variant == "original" ? b.ToString(CultureInfo.InvariantCulture) : "-";
                var cells = new List<string>();
                string meetings = "";
                foreach (var solver in solvers)
                {
                    var f = Child(path, solver, seconds, 1);
                    if (f is null) { cells.Add("no result (see stderr)"); continue; }
                    meetings = f.Total.ToString(CultureInfo.InvariantCulture);
                    var bound = f.BreaksLowerBound is not { } lb ? "" : lb == f.Breaks ? " [=]" : $" [{lb}]";
                    if (bound != "" && f.Scheduled < f.Total) bound = bound[..^1] + "*]";
                    cells.Add($"{f.Scheduled} / {f.Breaks}{bound} / {f.Seconds:0.0} / {f.PeakMb:0}{(f.Feasible ? "" : " INFEASIBLE")}");
                    if (solver != solvers[0]) continue;
                    all++;
                    if (f.Scheduled == f.Total) allScheduled++;
                    if (variant == "original" && paper.TryGetValue(name, out var opt) && f.Breaks <= opt) atMostPaper++;
                    if (f.Proved is not null) proved++;
                }
                Console.WriteLine($"| {name}.{variant} | {meetings} | {optimum} | {string.Join(" | ", cells)} |");
            }
        Console.WriteLine();
        Console.WriteLine($"{Name(solvers[0])}: every meeting scheduled on {allScheduled}/{all}; breaks at most the paper's optimum on {atMostPaper} of the originals run; breaks proven optimal on {proved}.");
        return 0;
    }

    static string FindJairDirectory()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "benchmarks", "b2b-jair2022");
            if (Directory.Exists(candidate)) return candidate;
        }
        return "../shared/benchmarks/b2b-jair2022";
    }

    /// <summary>The README's table: | instance | sizes | optimal breaks | seconds |.</summary>
    static Dictionary<string, int> ReadPaperOptimum(string readme)
    {
        var table = new Dictionary<string, int>();
        if (!File.Exists(readme)) return table;
        foreach (var line in File.ReadLines(readme))
        {
            var m = Regex.Match(line, @"^\|\s*([\w-]+)\s*\|\s*[\d/]+\s*\|\s*(\d+)\s*\|");
            if (m.Success) table[m.Groups[1].Value] = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        }
        return table;
    }
}
