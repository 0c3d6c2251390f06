namespace BioBridge.Features.Directory;

public sealed record OrganizationSummary(
    string ExternalId, string Cluster, string Kind, LocalizedDto Name, string DisplayName, bool NameIsFallback,
    string? Snippet, IReadOnlyList<ConceptDto> Sectors, IReadOnlyList<string> ExportRegions, string? City, string? Country,
    bool IsSample, bool IsPublished);
