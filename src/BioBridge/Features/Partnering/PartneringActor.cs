using BioBridge.Features.Accounts;
using BioBridge.Features.Events;
using Microsoft.AspNetCore.Identity;

namespace BioBridge.Features.Partnering;

/// <summary>
/// Who acts at which event: a member speaks for the delegates of their own organization; the event's organizers (admins,
/// the host cluster's operators, assigned organizers - see EventAccess) may act for any delegate, as a partnering desk does.
/// OrganizationId is the organization the account has a mandate for (OrganizationMandate), not a mere affiliation.
/// </summary>
public sealed record PartneringActor(AppUser User, NamedEvent Event, bool IsOrganizer, int? OrganizationId = null)
{
    public bool CanActFor(EventDelegate delegateOfEvent) =>
        IsOrganizer || (OrganizationId is { } organizationId && organizationId == delegateOfEvent.OrganizationId);

    /// <summary>The actor of a request to an event's route (API or page), resolved once and kept with the request; null when not signed in.</summary>
    public static async Task<PartneringActor?> OfRequestAsync(HttpContext http)
    {
        if (http.Features.Get<PartneringActor>() is { } known)
            return known;
        if (http.User.Identity?.IsAuthenticated != true || await NamedEvent.OfRequestAsync(http) is not { } named)
            return null;
        var services = http.RequestServices;
        if (await services.GetRequiredService<UserManager<AppUser>>().GetUserAsync(http.User) is not { } user)
            return null;
        var organizes = await services.GetRequiredService<EventAccess>().OrganizesAsync(http.User, user, named, http.RequestAborted);
        var actor = new PartneringActor(user, named, organizes, http.User.ActsFor(user));
        http.Features.Set(actor);
        return actor;
    }

    /// <summary>
    /// Binds a handler's actor; the partnering routes need a signed-in user, so a missing actor only happens when the
    /// account vanished between authentication and binding.
    /// </summary>
    public static async ValueTask<PartneringActor?> BindAsync(HttpContext http) => await OfRequestAsync(http);

    public Outcome Forbidden(EventDelegate delegateOfEvent) =>
        Outcome.Forbidden(PartneringText.Say($"You do not act for {delegateOfEvent.DisplayName}: members act for their own organization's delegates only."));
}
