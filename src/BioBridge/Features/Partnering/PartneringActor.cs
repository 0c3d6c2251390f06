using System.Security.Claims;
using BioBridge.Features.Accounts;
using BioBridge.Features.Events;
using Microsoft.AspNetCore.Identity;

namespace BioBridge.Features.Partnering;

/// <summary>
/// Who acts at one event: a member speaks for the delegates of their own organization; the event's organizers (admins,
/// the host cluster's operators, assigned organizers - see EventAccess) may act for any delegate, as a partnering desk does.
/// OrganizationId is the organization the account has a mandate for (OrganizationMandate), not a mere affiliation.
/// </summary>
public sealed record PartneringActor(AppUser User, bool IsOrganizer, int? OrganizationId = null)
{
    public bool CanActFor(EventDelegate delegateOfEvent) =>
        IsOrganizer || (OrganizationId is { } organizationId && organizationId == delegateOfEvent.OrganizationId);

    public static async Task<PartneringActor?> FromAsync(ClaimsPrincipal principal, UserManager<AppUser> users, EventAccess events, string slug)
    {
        if (principal.Identity?.IsAuthenticated != true)
            return null;
        var user = await users.GetUserAsync(principal);
        return user is null ? null : new PartneringActor(user, await events.OrganizesAsync(principal, user, slug), principal.ActsFor(user));
    }

    public Outcome Forbidden(EventDelegate delegateOfEvent) =>
        Outcome.Forbidden($"You do not act for {delegateOfEvent.DisplayName}: members act for their own organization's delegates only.");
}
