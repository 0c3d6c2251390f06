namespace BioBridge.Features.Cooperation;

/// <summary>What the score reads of an organization, with the visibility of its figures (patents are one).</summary>
public sealed record ScoredOrganization(int Id, string ClusterId, Visibility Figures, int? Patents, IReadOnlyCollection<string> ExportRegions);
