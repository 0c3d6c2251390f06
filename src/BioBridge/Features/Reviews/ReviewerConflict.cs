using BioBridge.Features.Directory;

namespace BioBridge.Features.Reviews;

/// <summary>A conflict of interest a reviewer declared with an organization: they are never assigned its submissions.</summary>
public sealed class ReviewerConflict
{
    public const int MaxReasonLength = 500;

    public int Id { get; private set; }
    public required string ReviewerId { get; init; }
    public int OrganizationId { get; init; }
    public string? Reason { get; init; }
    public DateTime DeclaredAt { get; init; }
    public Organization? Organization { get; private set; }
}
