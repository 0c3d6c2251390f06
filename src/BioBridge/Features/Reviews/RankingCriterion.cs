namespace BioBridge.Features.Reviews;

/// <summary>A rubric criterion: its weight (any positive number; weights are normalized to sum 1) and its scale.</summary>
public sealed record RankingCriterion(int Id, double Weight, int ScaleMin, int ScaleMax);
