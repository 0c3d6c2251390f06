using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BioBridge.Features.Partnering;

/// <summary>The event's programme: agenda sessions with speakers, exhibitors with booths, delegations with itineraries.</summary>
static class ProgrammeEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder organizer)
    {
        api.MapGet("/program", ProgramAsync).AllowAnonymous().WithName("GetEventProgram")
            .WithSummary("Agenda sessions with their speakers, exhibitors with booths, and delegations with their itineraries.");
        organizer.MapPost("/program", SetUpProgramAsync).WithName("SetUpEventProgram")
            .WithSummary("Adds agenda sessions with speakers (their slots during a talk become unavailable) and exhibitors with booths.");
    }

    static async Task<Results<Ok<ProgramView>, NotFound>> ProgramAsync(NamedEvent named, PartneringQueries queries, ProgramQueries program,
        CancellationToken ct, string? lang = null) =>
        named.IsPublished && await queries.EventAsync(named.Id, ct) is { } ev
            ? TypedResults.Ok(await program.ProgramAsync(ev, UiLanguage.Requested(lang), ct))
            : TypedResults.NotFound();

    static async Task<Results<Ok<ProgramOutcome>, ValidationProblem, ProblemHttpResult>> SetUpProgramAsync(ProgramInput body, PartneringActor actor,
        SetUpProgram setUp, CancellationToken ct) =>
        (await setUp.HandleAsync(actor, body, ct)).ToResult(TypedResults.Ok);
}
