namespace BioBridge.Language;

/// <summary>What the directory index knows of one organization; text in any subset of ko, zh, en.</summary>
public sealed record OrganizationDocument(
    string ExternalId,
    string Cluster,
    string Kind,
    LocalizedText Name,
    LocalizedText Description,
    IReadOnlyList<string> Offers,
    IReadOnlyList<string> Needs,
    IReadOnlyList<string> ConceptCodes,
    IReadOnlyList<string> ExportRegions,
    string? Group = null,
    string? Country = null,
    string? City = null,
    bool Published = true);
