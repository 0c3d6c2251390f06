using BioBridge.Features.Accounts;
using System.Collections.Concurrent;
using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Publishing;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

public sealed record DirectoryPage(
    int Total,
    IReadOnlyList<DirectoryHit> Items,
    IReadOnlyList<FacetCount> Clusters,
    IReadOnlyList<FacetCount> Sectors,
    IReadOnlyList<FacetCount> Regions,
    IReadOnlyList<FacetCount> Kinds);
