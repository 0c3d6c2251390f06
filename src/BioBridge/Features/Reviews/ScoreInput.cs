namespace BioBridge.Features.Reviews;

public sealed record ScoreInput(int Criterion, int Value, string? Comment);
