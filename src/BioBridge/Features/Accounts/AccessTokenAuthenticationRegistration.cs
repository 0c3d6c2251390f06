using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace BioBridge.Features.Accounts;

public static class AccessTokenAuthenticationRegistration
{
    public static AuthenticationBuilder AddAccessTokens(this AuthenticationBuilder builder) => builder
        .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthentication>(AccessTokenAuthentication.SchemeName, null)
        .AddPolicyScheme(AccessTokenAuthentication.CookieOrBearer, null, o => o.ForwardDefaultSelector = http =>
            BearerHeader.IsCarriedBy(http.Request) ? AccessTokenAuthentication.SchemeName : IdentityConstants.ApplicationScheme);
}
