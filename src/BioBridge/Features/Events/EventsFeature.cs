using Microsoft.AspNetCore.Authorization;

namespace BioBridge.Features.Events;

/// <summary>Events, their organizers and the policies that let an event's organizers and host run it.</summary>
public static class EventsFeature
{
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.EventOrganizer, p => p.RequireAuthenticatedUser().AddRequirements(new EventRequirement(HostOnly: false)))
            .AddPolicy(Policies.EventHost, p => p.RequireAuthenticatedUser().AddRequirements(new EventRequirement(HostOnly: true)));
        services.AddHttpContextAccessor();
        services.AddScoped<EventAccess>();
        services.AddScoped<AssignEventOrganizers>();
        services.AddScoped<ITranslatableSubject, EventSubject>();
        services.AddScoped<ITranslatableSubject, SessionSubject>();
        services.AddScoped<IAuthorizationHandler, EventRequirementHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder api) => api.MapEventsApi();
}
