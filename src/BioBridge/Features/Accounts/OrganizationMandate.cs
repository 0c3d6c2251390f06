using System.Security.Claims;

namespace BioBridge.Features.Accounts;

/// <summary>
/// Who speaks for an organization. Members and organization admins act for their AppUser.OrganizationId; for any other
/// role that field is an affiliation (a reviewer's employer, kept for conflicts of interest), never a mandate.
/// </summary>
public static class OrganizationMandate
{
    /// <summary>The roles that give a mandate: the organization-member policy and the message digest use the same pair.</summary>
    public static readonly string[] Roles = [Accounts.Roles.Member, Accounts.Roles.OrganizationAdmin];

    public static bool ActsForAnOrganization(this ClaimsPrincipal principal) => Roles.Any(principal.IsInRole);

    /// <summary>The organization this account may act for, or null.</summary>
    public static int? ActsFor(this ClaimsPrincipal principal, AppUser? user) =>
        user is not null && principal.ActsForAnOrganization() ? user.OrganizationId : null;
}
