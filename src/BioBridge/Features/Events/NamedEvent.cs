using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Events;

/// <summary>
/// The event a request names by its slug, looked up once per request: the event policies, the actors and the handlers
/// read it from the request's features instead of each querying the slug again. Id is null when no event has the slug;
/// the use cases then answer 404 in their own words.
/// </summary>
public sealed record NamedEvent(string Slug, int? Id, bool IsPublished)
{
    public static async Task<NamedEvent> FindAsync(AppDb db, string slug, CancellationToken ct)
    {
        var found = await db.Events.AsNoTracking().Where(e => e.Slug == slug)
            .Select(e => new { e.Id, e.IsPublished }).SingleOrDefaultAsync(ct);
        return new NamedEvent(slug, found?.Id, found?.IsPublished ?? false);
    }

    /// <summary>The event of the request's slug route value (API "slug", pages "Slug"); null on a route without one.</summary>
    public static async Task<NamedEvent?> OfRequestAsync(HttpContext http)
    {
        if (http.Features.Get<NamedEvent>() is { } known)
            return known;
        if (http.GetRouteValue("slug") is not string slug)
            return null;
        var named = await FindAsync(http.RequestServices.GetRequiredService<AppDb>(), slug, http.RequestAborted);
        http.Features.Set(named);
        return named;
    }

    public static async ValueTask<NamedEvent?> BindAsync(HttpContext http) => await OfRequestAsync(http);

    public Outcome Missing() => Outcome.NotFound(EventText.Say($"Event '{Slug}' does not exist."));
}
