using BioBridge.Features.Accounts;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

/// <summary>
/// Writes every organization in the import columns, so export then import is a round trip. Through the API the
/// file holds what the operator may read: another cluster's private field groups are left empty.
/// </summary>
public sealed class ExportOrganizations(AppDb db)
{
    public async Task<int> HandleAsync(string fileName, Stream output, Reader? reader = null, CancellationToken ct = default)
    {
        var organizations = await db.Organizations.AsNoTracking().Include(o => o.Sectors)
            .OrderBy(o => o.ExternalId).ToListAsync(ct);
        OrganizationSheet.Write(fileName, output, OrganizationColumns.All,
            organizations.Select(o => OrganizationRecordMapping.ToRow(reader is null ? o : o.VisibleTo(reader))));
        return organizations.Count;
    }
}
