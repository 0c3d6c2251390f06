using BioBridge.Features.Directory;

namespace BioBridge.Features.Reviews;

public sealed record SubmissionSummary(int Id, string CallSlug, string CallKind, LocalizedDto CallTitle, string Title, string Status,
    OrganizationRef Organization, IReadOnlyList<OrganizationRef> Partners, string Decision, DateTime? SubmittedAt);
