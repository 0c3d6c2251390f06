namespace BioBridge.Language;

public sealed record SearchFacets(
    IReadOnlyDictionary<string, int> Clusters,
    IReadOnlyDictionary<string, int> Concepts,
    IReadOnlyDictionary<string, int> ExportRegions,
    IReadOnlyDictionary<string, int> Kinds);
