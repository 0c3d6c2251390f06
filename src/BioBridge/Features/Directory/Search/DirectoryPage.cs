namespace BioBridge.Features.Directory;

public sealed record DirectoryPage(
    int Total,
    IReadOnlyList<DirectoryHit> Items,
    IReadOnlyList<FacetCount> Clusters,
    IReadOnlyList<FacetCount> Sectors,
    IReadOnlyList<FacetCount> Regions,
    IReadOnlyList<FacetCount> Kinds);
