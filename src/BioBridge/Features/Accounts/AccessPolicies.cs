using BioBridge.Features.Events;
using Microsoft.AspNetCore.Authorization;

namespace BioBridge.Features.Accounts;

/// <summary>
/// Deny by default: an endpoint or page that names no policy and does not allow anonymous access needs a signed-in
/// user (the fallback policy), and the route-table test fails until it says which.
/// </summary>
public static class AccessPolicies
{
    public static IServiceCollection AddBioBridgeAuthorization(this IServiceCollection services)
    {
        var signedIn = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(signedIn)
            .AddPolicy(Policies.SignedIn, signedIn)
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Operator, p => p.RequireRole(Roles.Admin, Roles.Operator))
            .AddPolicy(Policies.OrganizationMember, p => p.RequireRole(OrganizationMandate.Roles))
            .AddPolicy(Policies.EventOrganizer, p => p.RequireAuthenticatedUser().AddRequirements(new EventRequirement(HostOnly: false)))
            .AddPolicy(Policies.EventHost, p => p.RequireAuthenticatedUser().AddRequirements(new EventRequirement(HostOnly: true)));
        services.AddHttpContextAccessor();
        services.AddScoped<EventAccess>();
        services.AddScoped<AssignEventOrganizers>();
        services.AddScoped<IAuthorizationHandler, EventRequirementHandler>();
        return services;
    }
}
