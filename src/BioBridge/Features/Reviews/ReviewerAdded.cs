namespace BioBridge.Features.Reviews;

/// <summary>A reviewer assigned by hand: the review they now owe and its submission.</summary>
public sealed record ReviewerAdded(int Id, int SubmissionId);
