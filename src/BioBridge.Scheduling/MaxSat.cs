namespace BioBridge.Scheduling;

/// <summary>
/// A partial MaxSAT problem over Boolean variables 1..n: hard clauses, hard cardinality constraints and soft
/// clauses of weight 1 (the cost of an assignment is the number of soft clauses it violates). A literal is +v or -v,
/// as in DIMACS.
/// </summary>
sealed class MaxSatFormula
{
    public int VariableCount { get; private set; }
    public List<int[]> Hard { get; } = [];
    public List<(int[] Literals, int AtLeast, int AtMost)> Cardinalities { get; } = [];
    public List<int[]> Soft { get; } = [];

    public int NewVariable() => ++VariableCount;

    public void AtMost(IReadOnlyCollection<int> literals, int k)
    {
        if (literals.Count > k) Cardinalities.Add(([.. literals], 0, k));
    }

    public void Exactly(IReadOnlyCollection<int> literals, int k) => Cardinalities.Add(([.. literals], k, k));

    public static bool Satisfied(int[] clause, bool[] model) => clause.Any(l => model[Math.Abs(l)] == l > 0);

    public bool SatisfiesHardPart(bool[] model) =>
        Hard.All(c => Satisfied(c, model)) &&
        Cardinalities.All(c => c.Literals.Count(l => model[Math.Abs(l)] == l > 0) is var n && n >= c.AtLeast && n <= c.AtMost);
}

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

/// <param name="Model">Value of variable v at index v (index 0 unused), when there is a model.</param>
/// <param name="LowerBound">Proven: no model violates fewer soft clauses.</param>
sealed record MaxSatOutcome(MaxSatStatus Status, bool[]? Model, long LowerBound, string Detail);

/// <summary>The one place where the exact mode leaves the process: a MaxSAT solver (Z3 in production).</summary>
interface IMaxSatSolver
{
    /// <summary>Null when the solver can run, else why it cannot (for the result and stderr).</summary>
    string? Unavailable { get; }

    MaxSatOutcome Solve(MaxSatFormula formula, double seconds, CancellationToken stop);
}
