namespace BioBridge.Features.Reviews;

public sealed record ReviewInput(IReadOnlyList<ScoreInput>? Scores, string? Comment);
