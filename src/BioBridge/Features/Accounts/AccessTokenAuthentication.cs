using System.Security.Claims;
using System.Text.Encodings.Web;
using BioBridge.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Accounts;

/// <summary>
/// Authenticates "Authorization: Bearer &lt;personal access token&gt;" as the token's owner, with exactly the
/// claims (roles included) a cookie sign-in of that user carries, so every policy applies unchanged.
/// </summary>
public sealed class AccessTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AppDb db, UserManager<AppUser> users, IUserClaimsPrincipalFactory<AppUser> principals, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    /// <summary>The default scheme: the bearer token when the request carries one, otherwise the Identity cookie.</summary>
    public const string CookieOrBearer = "CookieOrBearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!BearerHeader.IsCarriedBy(Request))
            return AuthenticateResult.NoResult();
        var secret = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        var hash = Secret.Hash(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = await db.Set<AccessToken>().AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        if (token is null || !token.IsActive(now))
            return AuthenticateResult.Fail("The access token is unknown, revoked or expired.");
        var user = await users.FindByIdAsync(token.UserId);
        if (user is null || user.DeletedAt is not null || await users.IsLockedOutAsync(user))
            return AuthenticateResult.Fail("The account of this access token cannot sign in.");
        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
