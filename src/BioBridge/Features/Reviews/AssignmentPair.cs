namespace BioBridge.Features.Reviews;

public sealed record AssignmentPair(int SubmissionId, string ReviewerId);
