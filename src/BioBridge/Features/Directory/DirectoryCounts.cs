using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

/// <summary>
/// The one definition of "organizations in the directory": the published ones, which every visitor can see, counted per
/// cluster with "other" included. The home page, the cluster pages, /api/v1/clusters and the cooperation dashboard count
/// with it, so their figures agree.
/// </summary>
public static class DirectoryCounts
{
    public static IQueryable<Organization> InDirectory(this IQueryable<Organization> organizations) =>
        organizations.Where(o => o.IsPublished);

    public static async Task<Dictionary<string, int>> ByClusterAsync(AppDb db, CancellationToken ct) =>
        await db.Organizations.InDirectory().GroupBy(o => o.ClusterId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
}
