using BioBridge.Data;
using BioBridge.Features.Directory;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Events;

public sealed record SessionResponse(string Kind, LocalizedDto Title, DateOnly Day, TimeOnly Starts, TimeOnly Ends, string? Room, int Id)
{
    public static SessionResponse From(EventSession s) =>
        new(s.Kind.ToString().ToLowerInvariant(), LocalizedDto.From(s.Title), s.Day, s.Starts, s.Ends, s.Room, s.Id);
}

public sealed record EventResponse(string Slug, LocalizedDto Name, LocalizedDto Description, string? Venue, string? City,
    string TimeZone, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<SessionResponse> Sessions);

public static class EventsEndpoints
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/events").WithTags("Events");
        api.MapGet("/", ListAsync).WithName("ListEvents").WithSummary("Published events with their agenda.");
        api.MapGet("/{slug}", GetAsync).WithName("GetEvent");
        return app;
    }

    public static async Task<List<Event>> PublishedAsync(AppDb db, CancellationToken ct) =>
        await db.Events.AsNoTracking().Include(e => e.Sessions).Where(e => e.IsPublished)
            .OrderBy(e => e.StartsOn).ToListAsync(ct);

    static async Task<Ok<List<EventResponse>>> ListAsync(AppDb db, CancellationToken ct) =>
        TypedResults.Ok((await PublishedAsync(db, ct)).Select(Response).ToList());

    static async Task<Results<Ok<EventResponse>, NotFound>> GetAsync(string slug, AppDb db, CancellationToken ct)
    {
        var found = await db.Events.AsNoTracking().Include(e => e.Sessions)
            .SingleOrDefaultAsync(e => e.Slug == slug && e.IsPublished, ct);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(Response(found));
    }

    static EventResponse Response(Event e) => new(e.Slug, LocalizedDto.From(e.Name), LocalizedDto.From(e.Description),
        e.Venue, e.City, e.TimeZone, e.StartsOn, e.EndsOn,
        e.Sessions.OrderBy(s => s.Day).ThenBy(s => s.Starts)
            .Select(SessionResponse.From).ToList());
}
