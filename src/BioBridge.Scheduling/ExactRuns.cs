using System.Diagnostics;

namespace BioBridge.Scheduling;

/// <summary>The exact mode's runs during one solve, and what they prove about the schedule that is written.</summary>
sealed class ExactRuns(Problem pr, SolveOptions options, TextWriter? progress)
{
    readonly bool[] everyPlaceableMeeting = ExactBreakSolver.EveryPlaceableMeeting(pr);
    readonly List<(bool[] Placed, ExactBreakSolver.Outcome Outcome, double Seconds)> runs = [];

    public ExactBreakSolver.Outcome Run(bool[] placed, double seconds, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        var outcome = ExactBreakSolver.Solve(pr, placed, seconds, options.MaxSat, stop, progress);
        if (outcome.Status == MaxSatStatus.Unavailable) progress?.WriteLine($"exact: skipped, {outcome.Detail}");
        lock (runs) runs.Add((placed, outcome, clock.Elapsed.TotalSeconds));
        return outcome;
    }

    /// <summary>
    /// Sets the result's break figures: the lower bound of a run over exactly the meetings the schedule places
    /// ("every meeting" when that is every meeting that can be placed, so the weight is maximal too), whether the
    /// schedule is thereby proven optimal, and a line per run (including why the exact mode did not run).
    /// </summary>
    public void Describe(ScheduleResult result, Solution chosen, ScheduleFigures figures)
    {
        var placed = ExactBreakSolver.PlacedIn(pr, chosen);
        var everyMeeting = placed.AsSpan().SequenceEqual(everyPlaceableMeeting);
        int? lower = figures.Breaks == 0 ? 0 : null;
        foreach (var (runPlaced, outcome, _) in runs)
            if (runPlaced.AsSpan().SequenceEqual(placed))
                lower = Math.Max(lower ?? 0, outcome.LowerBound);
        result.Breaks = figures.Breaks;
        result.BreaksLowerBound = lower;
        result.BreaksLowerBoundOf = lower is null ? null : everyMeeting ? "every meeting" : "the scheduled meetings";
        result.Proved = lower != figures.Breaks ? null : everyMeeting ? "optimal" : "optimal breaks for the scheduled meetings";
        if (runs.Count > 0) result.Exact = string.Join("; ", runs.Select(Line));
    }

    string Line((bool[] Placed, ExactBreakSolver.Outcome Outcome, double Seconds) run)
    {
        var (placed, outcome, seconds) = run;
        var of = placed.AsSpan().SequenceEqual(everyPlaceableMeeting) ? "every meeting" : "the heuristic's meetings";
        return outcome.Status switch
        {
            MaxSatStatus.Unavailable => $"skipped, {outcome.Detail}",
            MaxSatStatus.Optimal => $"{of}: optimal, {outcome.Breaks} breaks, proved in {seconds:0.0} s",
            MaxSatStatus.Feasible => $"{of}: {outcome.Breaks} breaks, lower bound {outcome.LowerBound}, stopped after {seconds:0.0} s",
            MaxSatStatus.Infeasible => $"{of}: cannot all be placed ({outcome.Detail}), {seconds:0.0} s",
            _ => $"{of}: no schedule within {seconds:0.0} s ({outcome.Detail}), lower bound {outcome.LowerBound}",
        };
    }
}
