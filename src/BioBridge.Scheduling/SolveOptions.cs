namespace BioBridge.Scheduling;

public sealed record SolveOptions
{
    public double TimeLimitSeconds { get; init; } = 10;

    /// <summary>auto, heuristic, exact (break-optimal MaxSAT), cpsat, cpsat-weight (objective 1 only), or fcfs (the
    /// first-come-first-served baseline).</summary>
    public string Solver { get; init; } = "auto";

    public int Seed { get; init; } = 1;

    /// <summary>Instances with at most this many movable meetings go to CP-SAT under `auto`.</summary>
    public int CpSatMeetingLimit { get; init; } = 500;

    public TextWriter? Progress { get; init; }

    /// <summary>The exact mode's MaxSAT solver; tests swap it to see how a missing Z3 is reported.</summary>
    internal IMaxSatSolver MaxSat { get; init; } = Z3MaxSat.Default;
}
