using System.Security.Claims;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;

namespace BioBridge.Features.Partnering;

/// <summary>
/// Who acts: a member speaks for the delegates of their own organization; organizers (operators and admins)
/// run the event and may act for any delegate, as a partnering desk does.
/// </summary>
public sealed record PartneringActor(AppUser User, bool IsOrganizer)
{
    public bool CanActFor(EventDelegate delegateOfEvent) =>
        IsOrganizer || (User.OrganizationId is { } organizationId && organizationId == delegateOfEvent.OrganizationId);

    public static bool IsOrganizerPrincipal(ClaimsPrincipal principal) =>
        principal.IsInRole(Roles.Operator) || principal.IsInRole(Roles.Admin);

    public static async Task<PartneringActor?> FromAsync(ClaimsPrincipal principal, UserManager<AppUser> users)
    {
        if (principal.Identity?.IsAuthenticated != true)
            return null;
        var user = await users.GetUserAsync(principal);
        return user is null ? null : new PartneringActor(user, IsOrganizerPrincipal(principal));
    }

    public Outcome Forbidden(EventDelegate delegateOfEvent) =>
        Outcome.Forbidden($"You do not act for {delegateOfEvent.DisplayName}: members act for their own organization's delegates only.");
}
