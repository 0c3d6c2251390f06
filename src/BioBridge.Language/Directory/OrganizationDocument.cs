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

public sealed class SearchQuery
{
    public string Text { get; init; } = "";
    public string? Cluster { get; init; }
    /// <summary>Keeps organizations tagged with this concept or any narrower one.</summary>
    public string? ConceptCode { get; init; }
    public string? ExportRegion { get; init; }
    public string? Kind { get; init; }
    public bool IncludeUnpublished { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 20;
}

/// <summary>One result; MatchedTerms are words of the query found in the profile, MatchedConcepts the query's concepts it carries.</summary>
public sealed record SearchHit(string ExternalId, double Score, IReadOnlyList<string> MatchedTerms, IReadOnlyList<string> MatchedConcepts);

public sealed record SearchFacets(
    IReadOnlyDictionary<string, int> Clusters,
    IReadOnlyDictionary<string, int> Concepts,
    IReadOnlyDictionary<string, int> ExportRegions,
    IReadOnlyDictionary<string, int> Kinds);

public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, SearchFacets Facets);
