namespace BioBridge.Language;

public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, SearchFacets Facets);
