using BioBridge.Features.Events;
using BioBridge.Scheduling;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BioBridge.Features.Partnering;

/// <summary>Scheduling runs, their publication, the stored meetings, and the event as a biobridge-schedule/1 instance and result.</summary>
static class SchedulingRunEndpoints
{
    public static void Map(RouteGroupBuilder organizer)
    {
        organizer.MapPost("/scheduling-runs", QueueRunAsync).WithSummary("Queues a scheduling run; it runs in the background.");
        organizer.MapGet("/scheduling-runs", RunsAsync);
        organizer.MapGet("/scheduling-runs/{id:int}", RunAsync).WithSummary("A run's progress, figures, proposed meetings and unmet requests with reasons.");
        organizer.MapPost("/scheduling-runs/{id:int}/publish", PublishAsync).WithSummary("Publishes a run's proposal; it stays fixed in later runs.");
        organizer.MapGet("/meetings", MeetingsAsync).WithSummary("Every stored meeting: table signs and interpreter schedules.");
        organizer.MapGet("/schedule/instance.json", InstanceAsync).WithSummary("The event as a biobridge-schedule/1 instance.");
        organizer.MapGet("/schedule/result.json", ResultAsync).WithSummary("The stored schedule as a biobridge-schedule-result/1 for that instance.");
    }

    static async Task<Results<Accepted<RunItem>, ValidationProblem, ProblemHttpResult>> QueueRunAsync([FromBody] RunBody? body, PartneringActor actor,
        QueueSchedulingRun queue, CancellationToken ct) =>
        (await queue.HandleAsync(actor, body?.TimeLimitSeconds, ct)).ToResult(run =>
            TypedResults.Accepted($"/api/v1/events/{actor.Event.Slug}/scheduling-runs/{run.Id}", PartneringQueries.Item(run)));

    static async Task<Results<Ok<IReadOnlyList<RunItem>>, NotFound>> RunsAsync(NamedEvent ev, PartneringQueries queries, CancellationToken ct) =>
        ev.Id is { } id ? TypedResults.Ok(await queries.RunsAsync(id, ct)) : TypedResults.NotFound();

    static async Task<Results<Ok<RunDetail>, NotFound>> RunAsync(int id, NamedEvent ev, PartneringQueries queries, CancellationToken ct,
        string? lang = null) =>
        ev.Id is { } eventId && await queries.RunAsync(eventId, id, UiLanguage.Requested(lang), ct) is { } run
            ? TypedResults.Ok(run)
            : TypedResults.NotFound();

    static async Task<Results<Ok<PublishResult>, ValidationProblem, ProblemHttpResult>> PublishAsync(int id, PartneringActor actor,
        PublishSchedule publish, CancellationToken ct) =>
        (await publish.HandleAsync(actor, id, ct)).ToResult(published => TypedResults.Ok(new PublishResult(id, published)));

    static async Task<Results<Ok<IReadOnlyList<MeetingItem>>, NotFound>> MeetingsAsync(NamedEvent ev, PartneringQueries queries, CancellationToken ct,
        bool publishedOnly = false, string? lang = null) =>
        ev.Id is { } id
            ? TypedResults.Ok(await queries.MeetingsAsync(id, UiLanguage.Requested(lang), m => !publishedOnly || m.IsPublished, ct))
            : TypedResults.NotFound();

    static async Task<Results<ContentHttpResult, NotFound>> InstanceAsync(NamedEvent ev, BuildScheduleInstance build, CancellationToken ct)
    {
        if (ev.Id is not { } id)
            return TypedResults.NotFound();
        var built = await build.HandleAsync(id, ct);
        return TypedResults.Text(ScheduleJson.Serialize(built.Instance), "application/json");
    }

    static async Task<Results<ContentHttpResult, NotFound>> ResultAsync(NamedEvent ev, PartneringQueries queries, BuildScheduleInstance build,
        CancellationToken ct, bool publishedOnly = false)
    {
        if (ev.Id is not { } id)
            return TypedResults.NotFound();
        var built = await build.HandleAsync(id, ct);
        return TypedResults.Text(ScheduleJson.Serialize(await queries.StoredResultAsync(built, publishedOnly, ct)), "application/json");
    }
}
