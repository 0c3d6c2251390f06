namespace BioBridge.Features.Directory;

public sealed record OrganizationListItem(OrganizationSummary Organization, double Score, IReadOnlyList<string> Matched);
