namespace BioBridge.Features.Cooperation;

public sealed record IntroductionResponse(int Id, string FromCluster, string ToCluster, string Organization, string? ForOrganization, string Note,
    string Status, DateTime CreatedAt, bool IsSample);
