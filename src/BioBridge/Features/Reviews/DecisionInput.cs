namespace BioBridge.Features.Reviews;

public sealed record DecisionInput(string? Decision, string? Note, IReadOnlyList<int>? ReleasedReviews);
