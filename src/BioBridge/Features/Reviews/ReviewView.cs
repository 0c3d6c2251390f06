namespace BioBridge.Features.Reviews;

/// <summary>A reviewer's own review with the submission and rubric; Others stays empty until they submit their own (blind review).</summary>
public sealed record ReviewView(AssignmentItem Assignment, CallItem Call, SubmissionItem Submission, ReviewItem Mine, IReadOnlyList<ReviewItem> Others);
