namespace BioBridge.Features.Opportunities;

public sealed record InterestItem(int Id, string OrganizationExternalId, string OrganizationName, string Message, string Status,
    string? Reply, DateTime CreatedAt);
