using BioBridge.Features.Events;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BioBridge.Features.Partnering;

/// <summary>The event's meeting slots, tables, online rooms and interpreters.</summary>
static class SetupEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder organizer)
    {
        api.MapGet("/slots", SlotsAsync).AllowAnonymous().WithSummary("Meeting slots of the event, in its time zone.");
        organizer.MapPost("/partnering/setup", SetUpAsync).WithSummary("Adds meeting slots, tables and online rooms, and interpreters.");
    }

    static async Task<Results<Ok<IReadOnlyList<SlotItem>>, NotFound>> SlotsAsync(NamedEvent ev, PartneringQueries queries, CancellationToken ct) =>
        ev.Id is not { } id || !ev.IsPublished ? TypedResults.NotFound() : TypedResults.Ok(await queries.SlotsAsync(id, ct));

    static async Task<Results<Ok<PartneringSetupOutcome>, ValidationProblem, ProblemHttpResult>> SetUpAsync(PartneringSetupInput body,
        PartneringActor actor, SetUpPartnering setUp, CancellationToken ct) =>
        (await setUp.HandleAsync(actor, body, ct)).ToResult(TypedResults.Ok);
}
