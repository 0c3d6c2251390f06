using BioBridge.Data;
using BioBridge.Features.Publishing;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

public sealed record DirectoryFacets(
    IReadOnlyList<FacetCount> Clusters, IReadOnlyList<FacetCount> Sectors, IReadOnlyList<FacetCount> ExportRegions, IReadOnlyList<FacetCount> Kinds);
