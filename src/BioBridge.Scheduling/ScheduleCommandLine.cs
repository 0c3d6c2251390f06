using System.Globalization;
using System.Text.Json;

namespace BioBridge.Scheduling;

/// <summary>
/// `schedule solve` and `schedule check` (docs/contracts.md section 1): exit 0 on success, 1 when the input is rejected
/// or a checked result is infeasible, 2 on wrong usage. With `--json`, stdout carries one JSON document only.
/// </summary>
public static class ScheduleCommandLine
{
    public const string Usage = """
        usage:
          schedule solve INSTANCE.json --out RESULT.json [--time-limit SECONDS] [--solver auto|heuristic|exact|cpsat|fcfs]
                         [--seed N] [--keep PREVIOUS_RESULT.json] [--json]
          schedule check INSTANCE.json RESULT.json [--json]
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0) return WrongUsage(stderr, "missing sub-command");
        if (args[0] is "--help" or "-h" or "help")
        {
            stdout.WriteLine(Usage);
            return 0;
        }
        if (!ParsedArgs.TryParse(args[1..], out var parsed, out var problem))
            return WrongUsage(stderr, problem);
        return args[0] switch
        {
            "solve" => Solve(parsed, stdout, stderr),
            "check" => Check(parsed, stdout, stderr),
            _ => WrongUsage(stderr, $"unknown sub-command \"{args[0]}\""),
        };
    }

    static int WrongUsage(TextWriter stderr, string problem)
    {
        stderr.WriteLine($"schedule: {problem}");
        stderr.WriteLine(Usage);
        return 2;
    }

    static int Solve(ParsedArgs a, TextWriter stdout, TextWriter stderr)
    {
        if (a.Positionals.Count != 1) return WrongUsage(stderr, "solve takes exactly one INSTANCE.json");
        if (a.Out is null) return WrongUsage(stderr, "solve needs --out RESULT.json");
        var unknown = a.Options.Keys.Except(["out", "time-limit", "solver", "seed", "keep", "json"]).ToList();
        if (unknown.Count > 0) return WrongUsage(stderr, $"unknown option --{unknown[0]}");
        var timeLimit = 10.0;
        if (a.Options.TryGetValue("time-limit", out var t) &&
            (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out timeLimit) || !(timeLimit > 0)))
            return WrongUsage(stderr, $"--time-limit must be a positive number of seconds, found \"{t}\"");
        var solver = a.Options.GetValueOrDefault("solver") ?? "auto";
        if (!ScheduleSolver.Solvers.Contains(solver)) return WrongUsage(stderr, $"--solver must be one of {string.Join(", ", ScheduleSolver.Solvers)}, found \"{solver}\"");
        var seed = 1;
        if (a.Options.TryGetValue("seed", out var sd) && !int.TryParse(sd, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
            return WrongUsage(stderr, $"--seed must be an integer, found \"{sd}\"");

        var errors = new List<string>();
        var instance = ScheduleJson.ReadInstance(a.Positionals[0], errors);
        List<Assignment>? keep = null;
        if (a.Options.TryGetValue("keep", out var keepPath))
            keep = ScheduleJson.ReadResult(keepPath!, errors)?.Assignments;
        if (instance is null || errors.Count > 0) return Rejected(stderr, a.Positionals[0], errors);

        var options = new SolveOptions { TimeLimitSeconds = timeLimit, Solver = solver, Seed = seed, Progress = stderr };
        var report = ScheduleSolver.Solve(instance, options, errors, keep);
        if (report is null) return Rejected(stderr, a.Positionals[0], errors);
        try
        {
            ScheduleJson.WriteResult(a.Out, report.Result);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            stderr.WriteLine($"{a.Out}: cannot write the result ({e.Message})");
            return 1;
        }
        stderr.WriteLine($"wrote {a.Out}");
        Print(stdout, a.Json, report.Check, report.Result);
        return 0;
    }

    static int Check(ParsedArgs a, TextWriter stdout, TextWriter stderr)
    {
        if (a.Positionals.Count != 2) return WrongUsage(stderr, "check takes INSTANCE.json and RESULT.json");
        var unknown = a.Options.Keys.Except(["json"]).ToList();
        if (unknown.Count > 0) return WrongUsage(stderr, $"unknown option --{unknown[0]}");
        var errors = new List<string>();
        var instance = ScheduleJson.ReadInstance(a.Positionals[0], errors);
        var result = ScheduleJson.ReadResult(a.Positionals[1], errors);
        if (instance is null || result is null || errors.Count > 0) return Rejected(stderr, a.Positionals[0], errors);
        var report = ScheduleChecker.Check(instance, result, errors);
        if (report is null) return Rejected(stderr, a.Positionals[0], errors);
        Print(stdout, a.Json, report, result);
        if (report.Feasible) return 0;
        stderr.WriteLine($"{a.Positionals[1]}: infeasible, {report.Violations.Count} violation(s)");
        foreach (var v in report.Violations.Take(50)) stderr.WriteLine($"  {v}");
        return 1;
    }

    static int Rejected(TextWriter stderr, string file, List<string> errors)
    {
        stderr.WriteLine($"{file}: rejected, {errors.Count} problem(s); nothing solved");
        foreach (var e in errors) stderr.WriteLine($"  {e}");
        return 1;
    }

    static void Print(TextWriter stdout, bool json, CheckReport report, ScheduleResult result)
    {
        var f = report.Figures;
        var (upperBound, seconds, solver) = (result.UpperBound, result.Seconds, result.Solver);
        double? ratio = upperBound is > 0 ? Math.Round(f.ScheduledWeight / upperBound.Value, 4) : null;
        if (json)
        {
            var doc = new Dictionary<string, object?>
            {
                ["feasible"] = report.Feasible,
                ["violations"] = report.Violations,
                ["scheduledWeight"] = f.ScheduledWeight,
                ["totalWeight"] = f.TotalWeight,
                ["scheduledMeetings"] = f.ScheduledMeetings,
                ["totalMeetings"] = f.TotalMeetings,
                ["breaks"] = f.Breaks,
                ["breaksLowerBound"] = result.BreaksLowerBound,
                ["breaksLowerBoundOf"] = result.BreaksLowerBoundOf,
                ["proved"] = result.Proved,
                ["maxBreaksOfOneParticipant"] = f.MaxBreaksOfOneParticipant,
                ["worstServedShare"] = Math.Round(f.WorstServedShare, 6),
                ["upperBound"] = upperBound,
                ["ratioToBound"] = ratio,
                ["seconds"] = seconds is { } s ? Math.Round(s, 3) : null,
                ["solver"] = solver,
                ["exact"] = result.Exact,
            };
            stdout.WriteLine(JsonSerializer.Serialize(doc, ScheduleJson.Indented));
            return;
        }
        stdout.WriteLine($"feasible: {(report.Feasible ? "yes" : $"no ({report.Violations.Count} violations)")}");
        foreach (var v in report.Violations.Take(50)) stdout.WriteLine($"  violation: {v}");
        stdout.WriteLine($"scheduled: {f.ScheduledMeetings}/{f.TotalMeetings} meetings, weight {f.ScheduledWeight:0.##} of {f.TotalWeight:0.##}"
                         + (upperBound is { } ub ? $" (upper bound {ub:0.##}{(ratio is { } r ? $", {r:P2}" : "")})" : ""));
        stdout.WriteLine($"breaks: {f.Breaks} (at most {f.MaxBreaksOfOneParticipant} for one participant)"
                         + (result.BreaksLowerBound is { } lb ? $", lower bound {lb} for {result.BreaksLowerBoundOf}" : "")
                         + (result.Proved is { } proved ? $": {proved}" : ""));
        stdout.WriteLine($"worst-served share: {f.WorstServedShare:P1}");
        if (solver is not null || seconds is not null)
            stdout.WriteLine($"solver: {solver ?? "?"}{(seconds is { } sec ? $", {sec:0.00} s" : "")}");
        if (result.Exact is { } exact) stdout.WriteLine($"exact: {exact}");
    }

    sealed class ParsedArgs
    {
        public List<string> Positionals { get; } = [];
        public Dictionary<string, string?> Options { get; } = [];
        public bool Json => Options.ContainsKey("json");
        public string? Out => Options.GetValueOrDefault("out");

        static readonly HashSet<string> Flags = ["json"];

        public static bool TryParse(string[] args, out ParsedArgs parsed, out string problem)
        {
            parsed = new ParsedArgs();
            problem = "";
            for (var k = 0; k < args.Length; k++)
            {
                var arg = args[k];
                if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
                {
                    parsed.Positionals.Add(arg);
                    continue;
                }
                var name = arg[2..];
                string? value = null;
                var eq = name.IndexOf('=');
                if (eq >= 0)
                {
                    value = name[(eq + 1)..];
                    name = name[..eq];
                }
                else if (!Flags.Contains(name))
                {
                    if (k + 1 >= args.Length)
                    {
                        problem = $"option --{name} needs a value";
                        return false;
                    }
                    value = args[++k];
                }
                if (!parsed.Options.TryAdd(name, value))
                {
                    problem = $"option --{name} is given twice";
                    return false;
                }
            }
            return true;
        }
    }
}
