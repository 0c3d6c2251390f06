namespace BioBridge.Features.Partnering;

public sealed record ExhibitorInput(string OrganizationExternalId, string Booth, string? Hall);
