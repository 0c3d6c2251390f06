namespace BioBridge.Scheduling;

enum MaxSatStatus
{
    /// <summary>The model's cost equals the proven lower bound.</summary>
    Optimal,
    /// <summary>A model, stopped by the time limit before the bound met its cost.</summary>
    Feasible,
    /// <summary>No model within the time limit.</summary>
    Unknown,
    /// <summary>The hard part has no model.</summary>
    Infeasible,
    /// <summary>The solver cannot run here (not installed); <see cref="MaxSatOutcome.Detail"/> says why.</summary>
    Unavailable,
}
