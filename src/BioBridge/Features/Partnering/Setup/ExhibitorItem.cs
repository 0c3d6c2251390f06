namespace BioBridge.Features.Partnering;

public sealed record ExhibitorItem(string OrganizationExternalId, string OrganizationName, string Cluster, string Booth, string? Hall);
