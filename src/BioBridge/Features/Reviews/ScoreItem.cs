namespace BioBridge.Features.Reviews;

/// <summary>A criterion's score and comment; Value is null where the reader may see the comment only (the applicant).</summary>
public sealed record ScoreItem(int Criterion, int? Value, string? Comment);
