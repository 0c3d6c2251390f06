using System.Security.Claims;
using BioBridge.Features.Accounts;
using BioBridge.Features.Events;
using Microsoft.AspNetCore.Identity;

namespace BioBridge.Features.Messaging;

/// <summary>
/// Who reads and writes messages: a user speaks for their organization's threads; the events they organize (admins
/// all, operators their cluster's, organizers their assigned ones - see EventAccess) add those events' meeting-request
/// threads and broadcasts, to read, and the right to broadcast there. Both are query filters, never checks after loading.
/// </summary>
public sealed record MessagingReader(AppUser User, IQueryable<int> OrganizedEventIds, int? OrganizationId)
{
    public static async Task<MessagingReader?> FromAsync(ClaimsPrincipal principal, UserManager<AppUser> users, EventAccess events)
    {
        if (principal.Identity?.IsAuthenticated != true || await users.GetUserAsync(principal) is not { } user)
            return null;
        return new MessagingReader(user, events.Organized(principal, user).Select(e => e.Id), principal.ActsFor(user));
    }

    /// <summary>Binds a handler's reader; the messaging routes need a signed-in user, whose account is looked up here once.</summary>
    public static async ValueTask<MessagingReader?> BindAsync(HttpContext http) =>
        await FromAsync(http.User, http.RequestServices.GetRequiredService<UserManager<AppUser>>(), http.RequestServices.GetRequiredService<EventAccess>());
}
