namespace BioBridge.Features.Directory;

/// <summary>An organization on a result list; SnippetLanguage is the language of the description shown (another when the reader's is missing).</summary>
public sealed record OrganizationSummary(
    string ExternalId, string Cluster, string Kind, LocalizedDto Name, string DisplayName, bool NameIsFallback,
    string? Snippet, string SnippetLanguage, IReadOnlyList<ConceptDto> Sectors, IReadOnlyList<string> ExportRegions, string? City, string? Country,
    bool IsSample, bool IsPublished);
