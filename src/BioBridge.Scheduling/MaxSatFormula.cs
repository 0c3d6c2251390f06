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
