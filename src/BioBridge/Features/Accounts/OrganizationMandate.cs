using System.Security.Claims;

namespace BioBridge.Features.Accounts;

/// <summary>
/// Who speaks for an organization. Members and organization admins act for their AppUser.OrganizationId; for any other
/// role that field is an affiliation (a reviewer's employer, kept for conflicts of interest), never a mandate.
/// </summary>
public static class OrganizationMandate
{
    public static bool ActsForAnOrganization(this ClaimsPrincipal principal) =>
        principal.IsInRole(Roles.Member) || principal.IsInRole(Roles.OrganizationAdmin);

    /// <summary>The organization this account may act for, or null.</summary>
    public static int? ActsFor(this ClaimsPrincipal principal, AppUser? user) =>
        user is not null && principal.ActsForAnOrganization() ? user.OrganizationId : null;
}
