using System.Security.Claims;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Events;

/// <summary>
/// Who runs which event, as a query filter: platform admins run every event; operators run the events their cluster
/// hosts (both clusters' operators run a joint event, one without a host cluster); organizers run the events they
/// are assigned to. Hosts (admins and the host cluster's operators) also assign the organizers.
/// </summary>
public sealed class EventAccess(AppDb db, UserManager<AppUser> users)
{
    public IQueryable<Event> Organized(ClaimsPrincipal principal, AppUser user) => Run(principal, user, hostOnly: false);

    public IQueryable<Event> Hosted(ClaimsPrincipal principal, AppUser user) => Run(principal, user, hostOnly: true);

    IQueryable<Event> Run(ClaimsPrincipal principal, AppUser user, bool hostOnly)
    {
        var admin = principal.IsInRole(Roles.Admin);
        var cluster = principal.IsInRole(Roles.Operator) ? user.ClusterId : null;
        var organizerId = !hostOnly && principal.IsInRole(Roles.Organizer) ? user.Id : null;
        return db.Events.Where(e => admin
            || (cluster != null && (e.HostClusterId == null || e.HostClusterId == cluster))
            || (organizerId != null && db.EventOrganizers.Any(o => o.EventId == e.Id && o.UserId == organizerId)));
    }

    public async Task<bool> OrganizesAsync(ClaimsPrincipal principal, AppUser user, NamedEvent named, CancellationToken ct = default) =>
        named.Id is { } id && await Organized(principal, user).AnyAsync(e => e.Id == id, ct);

    internal async Task<bool> AllowsAsync(ClaimsPrincipal principal, NamedEvent? named, bool hostOnly)
    {
        if (named?.Id is not { } id || await users.GetUserAsync(principal) is not { } user)
            return false;
        return await Run(principal, user, hostOnly).AnyAsync(e => e.Id == id);
    }
}
