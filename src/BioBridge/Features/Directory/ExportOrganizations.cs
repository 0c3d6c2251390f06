using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

/// <summary>Writes every organization in the import columns, so export then import is a round trip.</summary>
public sealed class ExportOrganizations(AppDb db)
{
    public async Task<int> HandleAsync(string fileName, Stream output, CancellationToken ct = default)
    {
        var organizations = await db.Organizations.AsNoTracking().Include(o => o.Sectors)
            .OrderBy(o => o.ExternalId).ToListAsync(ct);
        OrganizationSheet.Write(fileName, output, OrganizationColumns.All, organizations.Select(OrganizationRecordMapping.ToRow));
        return organizations.Count;
    }
}
