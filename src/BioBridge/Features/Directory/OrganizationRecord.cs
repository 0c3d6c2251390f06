using BioBridge.Language;

namespace BioBridge.Features.Directory;

/// <summary>An organization as a file row describes it, after validation.</summary>
public sealed record OrganizationRecord(
    string ExternalId,
    string ClusterId,
    OrganizationKind Kind,
    LocalizedText Name,
    LocalizedText Description,
    IReadOnlyList<string> SectorCodes,
    bool SectorsInferred,
    IReadOnlyList<string> Offers,
    IReadOnlyList<string> Needs,
    int? Founded,
    int? Employees,
    int? Patents,
    IReadOnlyList<string> ExportRegions,
    string? City,
    string? Country,
    string? Website,
    string? Group,
    bool IsSample,
    bool IsPublished);
