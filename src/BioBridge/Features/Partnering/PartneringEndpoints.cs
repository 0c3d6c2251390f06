namespace BioBridge.Features.Partnering;

/// <summary>
/// The partnering API of an event, deny by default: everything needs a signed-in user except the slot list, the program and
/// the calendar feed (which takes the delegate's secret token instead); organizing needs the event-organizer policy.
/// Handlers take the event (NamedEvent) or the actor at it (PartneringActor), both resolved once per request.
/// </summary>
public static class PartneringEndpoints
{
    public static IEndpointRouteBuilder MapPartneringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/events/{slug}").WithTags("Partnering").RequireAuthorization();
        var organizer = api.MapGroup("").RequireAuthorization(Policies.EventOrganizer);
        SetupEndpoints.Map(api, organizer);
        ProgrammeEndpoints.Map(api, organizer);
        DelegateEndpoints.Map(api, organizer);
        RequestEndpoints.Map(api, organizer);
        SchedulingRunEndpoints.Map(organizer);
        OnTheDayEndpoints.Map(api, organizer);
        NotificationEndpoints.Map(api);
        return app;
    }
}
