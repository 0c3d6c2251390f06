namespace BioBridge.Features.Partnering;

/// <summary>Placed: the pair has a meeting in the published schedule; otherwise Unplaced says why, or is null when it waits for the next run.</summary>
public sealed record AnswerResult(string Status, bool Placed, string? Unplaced);
