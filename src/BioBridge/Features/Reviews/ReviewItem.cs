namespace BioBridge.Features.Reviews;

/// <summary>A review as its reader may see it: Reviewer is null where reviewers stay anonymous (applicants, fellow reviewers).</summary>
public sealed record ReviewItem(int Id, string? Reviewer, string? ReviewerCluster, bool Manual, bool Submitted, DateTime? SubmittedAt,
    string? Comment, bool Released, IReadOnlyList<ScoreItem> Scores);
