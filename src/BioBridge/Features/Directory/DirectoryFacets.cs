namespace BioBridge.Features.Directory;

public sealed record DirectoryFacets(
    IReadOnlyList<FacetCount> Clusters, IReadOnlyList<FacetCount> Sectors, IReadOnlyList<FacetCount> ExportRegions, IReadOnlyList<FacetCount> Kinds);
