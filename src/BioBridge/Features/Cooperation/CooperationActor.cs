using System.Security.Claims;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;

namespace BioBridge.Features.Cooperation;

/// <summary>Who acts in cooperation work: an operator of one cluster, or an admin of the platform.</summary>
public sealed record CooperationActor(string UserId, string Name, string? ClusterId, bool IsAdmin)
{
    /// <summary>What this operator may read of a profile's field groups.</summary>
    public Reader Reader => new(true, IsAdmin, ClusterId, null);

    public static async Task<CooperationActor?> FromAsync(ClaimsPrincipal principal, UserManager<AppUser> users)
    {
        if (principal.Identity?.IsAuthenticated != true || !(principal.IsInRole(Roles.Operator) || principal.IsInRole(Roles.Admin)))
            return null;
        var user = await users.GetUserAsync(principal);
        return user is null ? null : new CooperationActor(user.Id, user.DisplayName ?? user.Email ?? user.Id, user.ClusterId, principal.IsInRole(Roles.Admin));
    }

    /// <summary>Binds a handler's actor; the cooperation routes need the operator policy, so an operator or admin is signed in.</summary>
    public static async ValueTask<CooperationActor?> BindAsync(HttpContext http) =>
        await FromAsync(http.User, http.RequestServices.GetRequiredService<UserManager<AppUser>>());
}
