namespace BioBridge.Scheduling;

/// <summary>The one place where the exact mode leaves the process: a MaxSAT solver (Z3 in production).</summary>
interface IMaxSatSolver
{
    /// <summary>Null when the solver can run, else why it cannot (for the result and stderr).</summary>
    string? Unavailable { get; }

    MaxSatOutcome Solve(MaxSatFormula formula, double seconds, CancellationToken stop);
}
