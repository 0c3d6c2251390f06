using BioBridge.Data;
using BioBridge.Features.Directory;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Events;

public static class EventsEndpoints
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/events").WithTags("Events").AllowAnonymous();
        api.MapGet("/", ListAsync).WithName("ListEvents").WithSummary("Published events with their agenda.");
        api.MapGet("/{slug}", GetAsync).WithName("GetEvent");

        var organizers = app.MapGroup("/events/{slug}/organizers").WithTags("Events");
        organizers.MapGet("/", async (NamedEvent named, AssignEventOrganizers organizing, CancellationToken ct) =>
                TypedResults.Ok(await organizing.ListAsync(named, ct)))
            .RequireAuthorization(Policies.EventOrganizer).WithName("ListEventOrganizers").WithSummary("The organizers assigned to the event.");
        organizers.MapPost("/", AssignAsync).RequireAuthorization(Policies.EventHost).WithName("AssignEventOrganizer")
            .WithSummary("Appoints an account (e-mail) as organizer of this event only; admins and the host cluster's operators.");
        organizers.MapDelete("/{userId}", async (NamedEvent named, string userId, AssignEventOrganizers organizing, CancellationToken ct) =>
                (await organizing.RemoveAsync(named, userId, ct)).ToResult(TypedResults.NoContent))
            .RequireAuthorization(Policies.EventHost).WithName("RemoveEventOrganizer").WithSummary("Takes the event away from an organizer.");
        return app;
    }

    public static async Task<List<Event>> PublishedAsync(AppDb db, CancellationToken ct) =>
        await db.Events.AsNoTracking().Include(e => e.Sessions).Where(e => e.IsPublished)
            .OrderBy(e => e.StartsOn).ToListAsync(ct);

    static async Task<Ok<List<EventResponse>>> ListAsync(AppDb db, CancellationToken ct) =>
        TypedResults.Ok((await PublishedAsync(db, ct)).Select(Response).ToList());

    /// <summary>One published event with its programme, as the API and the event page show it; null when there is none.</summary>
    public static async Task<Event?> PublishedAsync(AppDb db, string slug, CancellationToken ct) =>
        await db.Events.AsNoTracking().Include(e => e.Sessions).SingleOrDefaultAsync(e => e.Slug == slug && e.IsPublished, ct);

    static async Task<Results<Ok<EventResponse>, NotFound>> GetAsync(string slug, AppDb db, CancellationToken ct) =>
        await PublishedAsync(db, slug, ct) is { } found ? TypedResults.Ok(Response(found)) : TypedResults.NotFound();

    static async Task<Results<Created<OrganizerItem>, ValidationProblem, ProblemHttpResult>> AssignAsync(NamedEvent named, OrganizerBody body,
        AssignEventOrganizers organizing, CancellationToken ct) =>
        (await organizing.AssignAsync(named, body.Email, ct))
            .ToResult(organizer => TypedResults.Created($"/api/v1/events/{named.Slug}/organizers/{organizer.UserId}", organizer));

    static EventResponse Response(Event e) => new(e.Slug, LocalizedDto.From(e.Name), LocalizedDto.From(e.Description),
        e.Venue, e.City, e.TimeZone, e.StartsOn, e.EndsOn,
        e.Sessions.OrderBy(s => s.Day).ThenBy(s => s.Starts)
            .Select(SessionResponse.From).ToList(), e.NameVersions, e.DescriptionVersions);
}
