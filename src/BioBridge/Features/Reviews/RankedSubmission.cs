namespace BioBridge.Features.Reviews;

/// <summary>
/// A submission's place: Normalized is the weighted mean of its reviewers' z-scores (0 = the average submission of each
/// reviewer); Raw is the weighted score on a 0..1 scale averaged over reviewers; Spread is the largest minus the smallest
/// reviewer's raw score (0..1), Flagged when it exceeds the threshold.
/// </summary>
public sealed record RankedSubmission(int SubmissionId, int Rank, double Normalized, double Raw, double Spread, bool Flagged, int Reviews);
