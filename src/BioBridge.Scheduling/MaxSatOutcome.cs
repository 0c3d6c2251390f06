namespace BioBridge.Scheduling;

/// <param name="Model">Value of variable v at index v (index 0 unused), when there is a model.</param>
/// <param name="LowerBound">Proven: no model violates fewer soft clauses.</param>
sealed record MaxSatOutcome(MaxSatStatus Status, bool[]? Model, long LowerBound, string Detail);
