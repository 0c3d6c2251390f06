namespace BioBridge.Features.Directory;

/// <summary>An organization on a result list; SnippetLanguage is the language of the description shown (another when the reader's is missing),
/// SnippetState how that version came about (a machine draft gets the badge the profile shows).</summary>
public sealed record OrganizationSummary(
    string ExternalId, string Cluster, string Kind, LocalizedDto Name, string DisplayName, bool NameIsFallback,
    string? Snippet, string SnippetLanguage, TranslationState SnippetState, IReadOnlyList<ConceptDto> Sectors, IReadOnlyList<string> ExportRegions, string? City, string? Country,
    bool IsSample, bool IsPublished);
