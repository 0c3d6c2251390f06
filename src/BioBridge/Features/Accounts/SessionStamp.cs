using System.Security.Claims;
using BioBridge.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Accounts;

/// <summary>
/// Every signed-in request compares its session's security stamp with the account's (one read by primary key), so a
/// reset, a new password, two-factor on or off, a role removed or the account disabled ends every other session at its
/// next request. Identity's own validator still refreshes the session's claims on its usual interval.
/// </summary>
public static class SessionStamp
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is not { } principal || principal.Identity?.IsAuthenticated != true)
            return;
        var services = context.HttpContext.RequestServices;
        var claimType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var userId = services.GetRequiredService<UserManager<AppUser>>().GetUserId(principal);
        var sessionStamp = principal.FindFirstValue(claimType);
        var accountStamp = userId is null ? null
            : await services.GetRequiredService<AppDb>().Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync();
        if (accountStamp is null || sessionStamp != accountStamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
