using BioBridge.Features.Directory;

namespace BioBridge.Features.Reviews;

public sealed record AssignmentItem(int ReviewId, int SubmissionId, string SubmissionTitle, string CallSlug, LocalizedDto CallTitle, bool Submitted,
    DateTime AssignedAt);
