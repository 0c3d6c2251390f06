namespace BioBridge.Features.Reviews;

/// <summary>Pairs: the new assignments only (kept ones are not repeated); Loads: every reviewer's total load afterwards.</summary>
public sealed record AssignmentPlan(IReadOnlyList<AssignmentPair> Pairs, IReadOnlyDictionary<string, int> Loads);
