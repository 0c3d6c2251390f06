namespace BioBridge.Features.Directory;

public sealed record OrganizationDetail(
    string ExternalId, string Cluster, string Kind, LocalizedDto Name, LocalizedDto Description,
    IReadOnlyList<ConceptDto> Sectors, bool SectorsInferred, IReadOnlyList<string> Offers, IReadOnlyList<string> Needs,
    int? Founded, int? Employees, int? Patents, IReadOnlyList<string> ExportRegions, string? City, string? Country,
    string? Website, bool IsSample, bool IsPublished, DateTime UpdatedAt, TranslatedText DescriptionVersions,
    PhraseVersions OffersVersions, PhraseVersions NeedsVersions, FieldVisibility Visibility);
