using System.Security.Cryptography;
using System.Text;
using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace BioBridge.Features.Partnering;

/// <summary>The day itself: agendas and their calendar feed, check-in, meetings held or moved, and follow-ups.</summary>
static class OnTheDayEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder organizer)
    {
        api.MapGet("/delegates/{id:int}/agenda", AgendaAsync).WithSummary("A delegate's published meetings and the event's sessions.");
        api.MapGet("/delegates/{id:int}/agenda.ics", CalendarAsync).AllowAnonymous()
            .WithSummary("A delegate's agenda as iCalendar (text/calendar); signed in, or with the delegate's calendar token.");
        api.MapPost("/meetings/{id:int}/status", MarkMeetingAsync).WithSummary("A participant or organizer marks a meeting held or no-show.");
        api.MapPut("/meetings/{id:int}/follow-ups/{delegateId:int}", FollowUpAsync).WithName("SubmitMeetingFollowUp")
            .WithSummary("One side's follow-up of a published meeting: happened, interest in next steps, outcome type, note; sent again, it edits.");
        organizer.MapGet("/follow-ups", FollowUpsAsync).WithName("GetFollowUps")
            .WithSummary("How the day went: meetings held and no-show, follow-ups sent, interest in next steps and outcome types.");
        organizer.MapPost("/meetings/{id:int}/move", MoveAsync).WithSummary("Moves a meeting by hand, checked against the scheduling rules; it stays pinned.");
        organizer.MapPost("/delegates/{id:int}/check-in", CheckInAsync).WithSummary("Checks a delegate in at the desk.");
    }

    static async Task<Results<Ok<AgendaView>, ValidationProblem, ProblemHttpResult>> AgendaAsync(int id, PartneringActor actor,
        PartneringQueries queries, CancellationToken ct, string? lang = null) =>
        await (await queries.OwnDelegateAsync(id, actor, ct)).ToResultAsync(async me =>
            TypedResults.Ok((await queries.AgendaAsync(actor.Event.Id, me.Id, UiLanguage.Requested(lang), ct))!));

    /// <summary>The feed answers the delegate's calendar token without a sign-in, so calendar apps can subscribe to it.</summary>
    static async Task<Results<FileContentHttpResult, UnauthorizedHttpResult, ProblemHttpResult>> CalendarAsync(int id, NamedEvent ev,
        HttpContext http, PartneringQueries queries, IStringLocalizer<Text> text, TimeProvider clock, CancellationToken ct,
        string? token = null, string? lang = null)
    {
        var found = ev.Id is { } eventId ? await queries.DelegateAsync(eventId, id, ct) : null;
        var byToken = found is not null && token is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(found.CalendarToken));
        if (!byToken)
        {
            if (await PartneringActor.OfRequestAsync(http) is not { } actor)
                return TypedResults.Unauthorized();
            var own = await queries.OwnDelegateAsync(id, actor, ct);
            if (!own.Succeeded)
                return own.Verdict.Problem();
        }
        var language = UiLanguage.Requested(lang);
        var agenda = (await queries.AgendaAsync(ev.Id, id, language, ct))!;
        var ics = AgendaCalendar.Write(agenda, text, language, clock.GetUtcNow().UtcDateTime);
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(Encoding.UTF8.GetBytes(ics), AgendaCalendar.ContentType, $"{ev.Slug}-agenda-{id}.ics");
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> MarkMeetingAsync(int id, MeetingStatusBody body,
        PartneringActor actor, MarkAttendance mark, CancellationToken ct)
    {
        MeetingStatus? status = body.Status?.ToLowerInvariant() switch
        {
            "held" => MeetingStatus.Held, "no-show" or "noshow" => MeetingStatus.NoShow, "scheduled" => MeetingStatus.Scheduled, _ => null,
        };
        if (status is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [PartneringText.Say("status is held, no-show or scheduled")] });
        return (await mark.MarkMeetingAsync(actor, id, status.Value, ct)).ToResult(TypedResults.NoContent);
    }

    static async Task<Results<Ok<FollowUpItem>, ValidationProblem, ProblemHttpResult>> FollowUpAsync(int id, int delegateId, FollowUpInput body,
        PartneringActor actor, SubmitFollowUp submit, CancellationToken ct) =>
        (await submit.HandleAsync(actor, id, delegateId, body, ct)).ToResult(followUp => TypedResults.Ok(FollowUpItem.From(followUp)));

    static async Task<Results<Ok<FollowUpSummary>, NotFound>> FollowUpsAsync(NamedEvent ev, PartneringQueries queries, CancellationToken ct,
        string? lang = null) =>
        ev.Id is { } id ? TypedResults.Ok(await queries.FollowUpsAsync(id, UiLanguage.Requested(lang), ct)) : TypedResults.NotFound();

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> MoveAsync(int id, MoveInput body, PartneringActor actor,
        MoveMeeting move, CancellationToken ct) =>
        (await move.HandleAsync(actor, id, body, ct)).ToResult(TypedResults.NoContent);

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> CheckInAsync(int id, PartneringActor actor, MarkAttendance mark,
        CancellationToken ct) =>
        (await mark.CheckInAsync(actor, id, ct)).ToResult(TypedResults.NoContent);
}
