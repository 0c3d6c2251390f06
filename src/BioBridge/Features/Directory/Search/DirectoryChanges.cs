using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

/// <summary>Pushes this node's own writes into its index at once; other nodes pick them up through the refresher.</summary>
public sealed class DirectoryChanges(AppDb db, DirectorySearch search)
{
    public async Task OrganizationsChangedAsync(IReadOnlyCollection<string> externalIds, CancellationToken ct)
    {
        if (!search.IsBuilt)
            return;
        foreach (var chunk in externalIds.Chunk(2000))
        {
            var organizations = await db.Organizations.AsNoTracking().Include(o => o.Sectors)
                .Where(o => chunk.Contains(o.ExternalId)).ToListAsync(ct);
            search.Upsert(organizations);
        }
    }
}
