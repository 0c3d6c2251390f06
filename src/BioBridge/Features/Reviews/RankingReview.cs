namespace BioBridge.Features.Reviews;

/// <summary>One submitted review: a score per criterion id.</summary>
public sealed record RankingReview(int SubmissionId, string ReviewerId, IReadOnlyDictionary<int, int> Scores);
