using System.Security.Claims;

namespace BioBridge.Features.Accounts;

/// <summary>The person reading, reduced to what decides visibility: signed in or not, and whose organization or cluster they speak for.</summary>
public sealed record Reader(bool SignedIn, bool IsAdmin, string? OperatorClusterId, int? OrganizationId)
{
    public static readonly Reader Anonymous = new(false, false, null, null);

    /// <summary>The widest level this reader sees of one organization's content.</summary>
    public Visibility Reach(int organizationId, string clusterId) =>
        IsAdmin || OrganizationId == organizationId || (OperatorClusterId is not null && OperatorClusterId == clusterId) ? Visibility.Private
        : SignedIn ? Visibility.Members
        : Visibility.Public;

    public bool Sees(Visibility visibility, int organizationId, string clusterId) => visibility <= Reach(organizationId, clusterId);

    /// <summary>Operators and admins see unpublished organizations (the existing directory rule).</summary>
    public bool SeesUnpublished => IsAdmin || OperatorClusterId is not null;

    public static Reader Of(AppUser? user, ClaimsPrincipal principal) => user is null
        ? Anonymous
        : new Reader(true, principal.IsInRole(Roles.Admin),
            principal.IsInRole(Roles.Operator) ? user.ClusterId : null,
            principal.ActsFor(user));
}
