using System.Diagnostics;

namespace BioBridge.Scheduling;

/// <summary>
/// Picks and runs the solvers for one instance, verifies every candidate with the checker and returns the best
/// feasible one. Whatever happens inside (CP-SAT finding nothing, a bug), the answer passes the checker: the last
/// resort is the fixed meetings alone, which validation already proved feasible.
/// </summary>
public static class ScheduleSolver
{
    public static readonly string[] Solvers = ["auto", "heuristic", "exact", "cpsat", "cpsat-weight", "fcfs"];

    /// <summary>Validates and solves; returns null with every problem in <paramref name="errors"/> when the input is rejected.</summary>
    public static SolveReport? Solve(ScheduleInstance instance, SolveOptions options, List<string> errors, IReadOnlyList<Assignment>? keep = null)
    {
        var warnings = new List<string>();
        var problem = ProblemCompiler.Compile(instance, errors, keep, warnings);
        foreach (var w in warnings) options.Progress?.WriteLine(w);
        return problem is null ? null : Solve(problem, options);
    }

    internal static SolveReport Solve(Problem pr, SolveOptions o)
    {
        var clock = Stopwatch.StartNew();
        // Keep a margin for what follows the search (checking, writing) and for model building CP-SAT does not count.
        var limit = Math.Max(0.05, o.TimeLimitSeconds - Math.Min(0.1 * o.TimeLimitSeconds, 1.0));
        double Left() => limit - clock.Elapsed.TotalSeconds;
        var progress = o.Progress;
        // The bound runs beside the search and is awaited only at the end (small instances: at the start, but their LP
        // takes well under a second); the medium preset's time-indexed LP needs about 10 s of one core.
        var boundTask = Task.Run(() => UpperBound.Compute(pr, Math.Min(limit * 0.8, 45), progress));

        var candidates = new List<(Solution Solution, string Name)>();
        double? cpBound = null;
        var exact = new ExactRuns(pr, o, progress);
        switch (o.Solver)
        {
            case "fcfs":
                candidates.Add((FirstComeFirstServed.Solve(pr), "fcfs"));
                break;
            case "heuristic":
                candidates.Add((HeuristicSolver.Solve(pr, o.Seed, Left() * 0.97, progress), "heuristic"));
                break;
            case "exact":
                RunExact(pr, o, Left, exact, candidates);
                break;
            case "cpsat" or "cpsat-weight":
                cpBound = RunCpSat(pr, o, Left, candidates);
                break;
            default:
                cpBound = RunAuto(pr, o, Left, exact, boundTask, candidates);
                break;
        }

        progress?.WriteLine($"solvers done at {clock.Elapsed.TotalSeconds:0.00}s");
        var best = Best(pr, candidates, progress);
        var bound = boundTask.Result.Bound;
        if (cpBound is { } b) bound = Math.Min(bound, b);
        bound = Math.Max(bound, best.Check.Figures.ScheduledWeight);
        var result = best.Solution.ToResult(pr);
        result.UpperBound = bound;
        result.Seconds = Math.Round(clock.Elapsed.TotalSeconds, 3);
        result.Solver = best.Name;
        exact.Describe(result, best.Solution, best.Check.Figures);
        return new SolveReport(result, best.Check, bound, best.Name, clock.Elapsed.TotalSeconds);
    }

    static void RunExact(Problem pr, SolveOptions o, Func<double> left, ExactRuns exact, List<(Solution Solution, string Name)> candidates)
    {
        var all = exact.Run(ExactBreakSolver.EveryPlaceableMeeting(pr), left() * 0.95, default);
        if (all.Solution is not null)
        {
            candidates.Add((all.Solution, "exact"));
            return;
        }
        // Not every meeting fits (or no schedule, or no Z3): the heuristic decides the weight, then, when
        // Z3 runs, the breaks of its meetings are minimised exactly.
        var retry = all.Status == MaxSatStatus.Infeasible;
        var heuristic = HeuristicSolver.Solve(pr, o.Seed, left() * (retry ? 0.5 : 0.97), o.Progress);
        candidates.Add((heuristic, $"heuristic (exact: {all.Status.ToString().ToLowerInvariant()})"));
        if (retry && left() > 0.1 && exact.Run(ExactBreakSolver.PlacedIn(pr, heuristic), left() * 0.95, default).Solution is { } subset)
            candidates.Add((subset, "heuristic + exact"));
    }

    /// <summary>CP-SAT alone; returns its bound on the weight.</summary>
    static double? RunCpSat(Problem pr, SolveOptions o, Func<double> left, List<(Solution Solution, string Name)> candidates)
    {
        var cp = CpSatSolver.Solve(pr, left() * 0.95, o.Seed, null, o.Progress, weightOnly: o.Solver == "cpsat-weight");
        if (cp.Solution is not null) candidates.Add((cp.Solution, cp.Optimal ? "cpsat (optimal)" : "cpsat"));
        else candidates.Add((HeuristicSolver.Solve(pr, o.Seed, Math.Max(0.05, left() * 0.9), o.Progress), $"heuristic (cp-sat: {cp.Status})"));
        return cp.WeightBound;
    }

    /// <summary>`auto`: local search, with the exact break model beside it when every meeting fits and CP-SAT after
    /// it on small instances; returns CP-SAT's bound on the weight when it ran.</summary>
    static double? RunAuto(Problem pr, SolveOptions o, Func<double> left, ExactRuns exact, Task<Relaxation> boundTask,
        List<(Solution Solution, string Name)> candidates)
    {
        var progress = o.Progress;
        double? cpBound = null;
        var movable = Enumerable.Range(0, pr.MeetingCount).Count(m => !pr.IsFixed[m]);
        var small = movable <= o.CpSatMeetingLimit;
        // Small instances wait for their (fast) LP bound so that a provably optimal heuristic result stops early.
        var relaxation = small ? boundTask.Result : null;
        var known = relaxation?.Bound ?? double.PositiveInfinity;
        // When the LP can place every meeting, local search places them all too and then only breaks are left,
        // where CP-SAT's whole model and its neighbourhoods never beat it on the JAIR events: it gets the time.
        var everyMeetingFits = small && known >= Reachable(pr) - 1e-9;
        // ... and so does the exact break model, from the start on the other core; when it proves its schedule
        // optimal, the heuristic stops.
        using var heuristicStop = new CancellationTokenSource();
        using var exactStop = new CancellationTokenSource();
        Task<ExactBreakSolver.Outcome>? breakOptimal = null;
        if (everyMeetingFits)
        {
            // Z3 answers an interrupt within a few tenths of a second on a loaded machine: stop it earlier.
            var seconds = left() * 0.85;
            breakOptimal = Task.Run(() =>
            {
                var outcome = exact.Run(ExactBreakSolver.EveryPlaceableMeeting(pr), seconds, exactStop.Token);
                if (outcome.Optimal) heuristicStop.Cancel();
                return outcome;
            });
        }
        var heuristic = HeuristicSolver.Solve(pr, o.Seed, left() * (everyMeetingFits ? 0.97 : small ? 0.8 : 0.97), progress, known, stop: heuristicStop.Token);
        candidates.Add((heuristic, "heuristic"));
        var figures = ScheduleFigures.Compute(pr, heuristic.Slot);
        if (relaxation?.Rounded is { } rounded && ScheduleFigures.Compute(pr, rounded.Slot).ScheduledWeight > figures.ScheduledWeight + 1e-9 && left() > 0.1)
        {
            // The LP optimum rounds to a heavier schedule than local search found: anneal its breaks away from there.
            heuristic = HeuristicSolver.Solve(pr, o.Seed, left() * 0.5, progress, known, rounded);
            candidates.Add((heuristic, "LP rounding + heuristic"));
            figures = ScheduleFigures.Compute(pr, heuristic.Slot);
        }
        // Done when provably optimal, or when every meeting is placed and only breaks are left (see above).
        var done = figures.ScheduledWeight >= known - 1e-9 && (figures.Breaks == 0 || everyMeetingFits);
        if (figures.Breaks == 0 && figures.ScheduledWeight >= known - 1e-9) exactStop.Cancel();
        if (breakOptimal is not null && breakOptimal.Result.Solution is { } optimal)
            candidates.Add((optimal, "exact"));
        // CP-SAT's model building is not covered by its own time limit: skip it when little time is left.
        // (The exact mode stays out of this weight search: beside CP-SAT it cost weight on generated events.)
        if (small && !done && left() > 0.3)
        {
            // CP-SAT on the whole model can prove small instances optimal in weight; then it polishes
            // neighbourhood by neighbourhood, where it is far stronger than on the whole model.
            var cp = CpSatSolver.Solve(pr, left() * 0.4, o.Seed, heuristic, progress, atLeastHintWeight: true);
            cpBound = cp.WeightBound;
            var polished = cp.Solution ?? heuristic;
            if (cp.Solution is not null) candidates.Add((cp.Solution, cp.Optimal ? "cpsat (optimal)" : "heuristic + cpsat"));
            if (!cp.Optimal && left() > 0.1)
            {
                polished = CpSatNeighbourhoodSearch.Improve(pr, polished, left() * 0.9, o.Seed, progress);
                candidates.Add((polished, "heuristic + cp-sat neighbourhoods"));
            }
            if (left() > 0.05)
                candidates.Add((HeuristicSolver.Polish(pr, polished, o.Seed, left() * 0.8), "heuristic + cp-sat + lift"));
        }
        return cpBound;
    }

    /// <summary>The candidate with the best figures among those the checker accepts; the fixed meetings alone when none is.</summary>
    static (Solution Solution, string Name, CheckReport Check) Best(Problem pr, List<(Solution Solution, string Name)> candidates, TextWriter? progress)
    {
        (Solution Solution, string Name, CheckReport Check)? best = null;
        foreach (var (solution, name) in candidates)
        {
            var check = ScheduleChecker.Check(pr, solution);
            if (!check.Feasible)
            {
                progress?.WriteLine($"{name}: rejected by the checker ({check.Violations[0]}); not used");
                continue;
            }
            if (best is null || check.Figures.CompareTo(best.Value.Check.Figures) > 0)
                best = (solution, name, check);
        }
        if (best is not null)
            return best.Value;
        var fixedOnly = FixedOnly(pr);
        return (fixedOnly, "fixed meetings only", ScheduleChecker.Check(pr, fixedOnly));
    }

    /// <summary>The weight of every meeting that has a slot it could take.</summary>
    static double Reachable(Problem pr) =>
        Enumerable.Range(0, pr.MeetingCount).Where(m => pr.IsFixed[m] || pr.FeasibleSlotCount(m) > 0).Sum(m => pr.Weight[m]);

    static Solution FixedOnly(Problem pr)
    {
        var slot = new int[pr.MeetingCount];
        var interpreter = new int[pr.MeetingCount];
        for (var m = 0; m < pr.MeetingCount; m++)
        {
            slot[m] = pr.IsFixed[m] ? pr.FixedSlot[m] : -1;
            interpreter[m] = pr.IsFixed[m] ? pr.FixedInterpreter[m] : -1;
        }
        return Solution.WithLocations(pr, slot, interpreter);
    }
}
