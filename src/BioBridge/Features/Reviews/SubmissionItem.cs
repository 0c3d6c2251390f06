namespace BioBridge.Features.Reviews;

/// <summary>JointProjectId: the cooperation project a funded joint R&amp;D proposal became.</summary>
public sealed record SubmissionItem(SubmissionSummary Summary, string Text, string? DecisionNote, DateTime? DecidedAt, int? JointProjectId, DateTime CreatedAt,
    bool CanEdit, IReadOnlyList<AttachmentItem> Attachments, IReadOnlyList<string> EligibilityProblems, IReadOnlyList<ReviewItem> Reviews);
