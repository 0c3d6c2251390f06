namespace BioBridge.Features.Publishing;

public sealed record RevisionDecision(int Id, RevisionStatus Status, string? Comment, DateTime? ReviewedAt);
