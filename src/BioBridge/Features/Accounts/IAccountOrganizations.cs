namespace BioBridge.Features.Accounts;

/// <summary>
/// The organizations accounts belong to. Directory keeps them and implements this, so that Accounts, which every
/// feature uses, does not use Directory back; the query composes into Accounts' own queries (one round trip).
/// </summary>
public interface IAccountOrganizations
{
    IQueryable<AccountOrganization> All { get; }
}
