namespace BioBridge.Features.Cooperation;

public sealed record IntroductionBody(string? Organization, string? ForOrganization, string? Note);
