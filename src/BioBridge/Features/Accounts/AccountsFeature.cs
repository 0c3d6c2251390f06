using BioBridge.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Accounts;

/// <summary>Accounts, sign-in, access tokens, invitations, consent and the audit trail.</summary>
public static class AccountsFeature
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Lockout and sign-in rules come from BioBridge:Accounts, so an operator sees and tunes them in one place.
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountOptions>>((identity, accounts) =>
        {
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = accounts.Value.MaxFailedSignIns;
            identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(accounts.Value.LockoutMinutes);
            identity.SignIn.RequireConfirmedEmail = true;
        });
        // Commands need it too: Identity's messages and the account e-mails are localized.
        services.AddLocalization();
        services.AddHttpContextAccessor();
        services.AddSingleton<AuditTrail>();
        services.AddScoped<SecurityLog>();
        services.AddScoped<AccountMail>();
        services.AddScoped<InviteStaff>();
        services.AddScoped<AcceptInvitation>();
        services.AddScoped<PasswordReset>();
        services.AddScoped<AccessTokens>();
        services.AddScoped<RecordConsent>();
        services.AddScoped<TwoFactor>();
        services.AddScoped<AccountSecurity>();

        services.AddScoped<ExportPersonalData>();
        services.AddScoped<DeleteAccount>();
        services.AddScoped<PurgeExpiredRecords>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<AccountSeeding>();
        services.AddScoped<IdentityErrorDescriber, LocalizedIdentityErrors>();
        services.AddScoped<Readers>();
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDb>()
            .AddUserStore<AccountUserStore>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        return services;
    }

    /// <summary>What only the web host needs: the cookie or token sign-in, deny-by-default authorization, the retention job.</summary>
    public static IServiceCollection AddAccountSignIn(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(AccessTokenAuthentication.CookieOrBearer).AddAccessTokens().AddIdentityCookies();
        services.AddHostedService<RetentionWorker>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.AccessDeniedPath = "/account/denied";
            o.Events.OnValidatePrincipal = SessionStamp.ValidateAsync;
            // The API answers 401/403; only pages redirect to the sign-in form.
            o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx, StatusCodes.Status403Forbidden);
        });
        // Deny by default: an endpoint or page that names no policy and does not allow anonymous access needs a
        // signed-in user (the fallback policy), and the route-table test fails until it says which.
        var signedIn = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(signedIn)
            .AddPolicy(Policies.SignedIn, signedIn)
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Operator, p => p.RequireRole(Roles.Admin, Roles.Operator))
            .AddPolicy(Policies.OrganizationMember, p => p.RequireRole(OrganizationMandate.Roles));
        return services;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder api, IEndpointRouteBuilder site)
    {
        site.MapAccountEndpoints();
        return api.MapAccountApi();
    }

    static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
