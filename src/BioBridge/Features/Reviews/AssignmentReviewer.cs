namespace BioBridge.Features.Reviews;

/// <summary>A reviewer of the panel: their own organization (if any), their cluster and the organizations they declared a conflict with.</summary>
public sealed record AssignmentReviewer(string Id, string Label, int? OrganizationId, string? ClusterId, IReadOnlySet<int> DeclaredConflicts);
