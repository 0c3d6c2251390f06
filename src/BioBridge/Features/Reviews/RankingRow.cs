namespace BioBridge.Features.Reviews;

/// <summary>One row of the organizer's ranking; Rank and the scores are null while no review of the submission is in.</summary>
public sealed record RankingRow(int? Rank, SubmissionSummary Submission, double? Normalized, double? Raw, double? Spread, bool Flagged, int Reviews,
    int Assigned, IReadOnlyList<ReviewItem> Details);
