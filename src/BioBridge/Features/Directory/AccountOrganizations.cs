using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

/// <summary>Directory's organizations as Accounts reads them (invitations, the personal-data export).</summary>
public sealed class AccountOrganizations(AppDb db) : IAccountOrganizations
{
    public IQueryable<AccountOrganization> All => db.Organizations.AsNoTracking().Select(o => new AccountOrganization
    {
        Id = o.Id, ExternalId = o.ExternalId, ClusterId = o.ClusterId, NameKo = o.NameKo, NameZh = o.NameZh, NameEn = o.NameEn,
    });
}
