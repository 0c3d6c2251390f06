using BioBridge.Features.Accounts;
using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using BioBridge.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace BioBridge.Features.Partnering;

/// <summary>
/// The partnering API of an event, deny by default: everything needs a signed-in user except the slot list, the program and
/// the calendar feed (which takes the delegate's secret token instead); organizing needs the event-organizer policy.
/// </summary>
public static class PartneringEndpoints
{
    public static IEndpointRouteBuilder MapPartneringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/events/{slug}").WithTags("Partnering").RequireAuthorization();
        api.MapGet("/slots", SlotsAsync).AllowAnonymous().WithSummary("Meeting slots of the event, in its time zone.");
        api.MapGet("/program", ProgramAsync).AllowAnonymous().WithName("GetEventProgram")
            .WithSummary("Agenda sessions with their speakers, exhibitors with booths, and delegations with their itineraries.");
        api.MapGet("/delegations/{id:int}", DelegationAsync).WithName("GetDelegation").WithSummary("A delegation: members and itinerary.");
        api.MapGet("/delegates", DelegatesAsync).WithSummary("Registered delegates; mine=true lists your organization's.");
        api.MapPost("/delegates", RegisterAsync).WithSummary("Registers a delegate for your organization (organizers: for any).");
        api.MapPut("/delegates/{id:int}", UpdateAsync).WithName("UpdateDelegate")
            .WithSummary("Edits a registration: name, job title, languages, unavailable slots, meeting limit, sessions spoken at.");
        api.MapGet("/delegates/{id:int}/suggestions", SuggestionsAsync).WithSummary("Partner suggestions among the event's delegates, with reasons.");
        api.MapGet("/delegates/{id:int}/requests", RequestsAsync).WithSummary("A delegate's incoming and outgoing meeting requests.");
        api.MapGet("/delegates/{id:int}/agenda", AgendaAsync).WithSummary("A delegate's published meetings and the event's sessions.");
        api.MapGet("/delegates/{id:int}/agenda.ics", CalendarAsync).AllowAnonymous()
            .WithSummary("A delegate's agenda as iCalendar (text/calendar); signed in, or with the delegate's calendar token.");
        api.MapGet("/delegates/{id:int}/notifications", NotificationsAsync).WithSummary("A delegate's latest notifications, newest first.");
        api.MapPost("/delegates/{id:int}/notifications/read", ReadNotificationsAsync).WithSummary("Marks a delegate's notifications read.");
        api.MapPost("/requests", RequestMeetingAsync).WithSummary("Requests a meeting; priority 1 (nice to have) to 3 (must meet).");
        api.MapPost("/requests/{id:int}/accept", (string slug, int id, HttpContext http, UserManager<AppUser> users, AnswerMeetingRequest answer, CancellationToken ct)
            => AnswerAsync(slug, id, RequestAnswer.Accept, http, users, answer, ct)).WithSummary("The receiver accepts.");
        api.MapPost("/requests/{id:int}/decline", (string slug, int id, HttpContext http, UserManager<AppUser> users, AnswerMeetingRequest answer, CancellationToken ct)
            => AnswerAsync(slug, id, RequestAnswer.Decline, http, users, answer, ct)).WithSummary("The receiver declines.");
        api.MapPost("/requests/{id:int}/cancel", CancelAsync).WithSummary("The sender withdraws the request.");
        api.MapPost("/meetings/{id:int}/status", MarkMeetingAsync).WithSummary("A participant or organizer marks a meeting held or no-show.");
        api.MapPut("/meetings/{id:int}/follow-ups/{delegateId:int}", FollowUpAsync).WithName("SubmitMeetingFollowUp")
            .WithSummary("One side's follow-up of a published meeting: happened, interest in next steps, outcome type, note; sent again, it edits.");

        var organizer = api.MapGroup("").RequireAuthorization(Policies.EventOrganizer);
        organizer.MapPost("/partnering/setup", SetUpAsync).WithSummary("Adds meeting slots, tables and online rooms, and interpreters.");
        organizer.MapPost("/program", SetUpProgramAsync).WithName("SetUpEventProgram")
            .WithSummary("Adds agenda sessions with speakers (their slots during a talk become unavailable) and exhibitors with booths.");
        organizer.MapPost("/delegations", OrganizeDelegationAsync).WithName("OrganizeDelegation")
            .WithSummary("Forms a delegation with members and an itinerary of visits and sessions; the stops block the members' slots.");
        organizer.MapGet("/follow-ups", FollowUpsAsync).WithName("GetFollowUps")
            .WithSummary("How the day went: meetings held and no-show, follow-ups sent, interest in next steps and outcome types.");
        organizer.MapGet("/demand", DemandAsync).WithSummary("Requests sent, received and answered, and meetings, per delegate.");
        organizer.MapPost("/scheduling-runs", QueueRunAsync).WithSummary("Queues a scheduling run; it runs in the background.");
        organizer.MapGet("/scheduling-runs", RunsAsync);
        organizer.MapGet("/scheduling-runs/{id:int}", RunAsync).WithSummary("A run's progress, figures, proposed meetings and unmet requests with reasons.");
        organizer.MapPost("/scheduling-runs/{id:int}/publish", PublishAsync).WithSummary("Publishes a run's proposal; it stays fixed in later runs.");
        organizer.MapPost("/meetings/{id:int}/move", MoveAsync).WithSummary("Moves a meeting by hand, checked against the scheduling rules; it stays pinned.");
        organizer.MapPost("/delegates/{id:int}/check-in", CheckInAsync).WithSummary("Checks a delegate in at the desk.");
        organizer.MapGet("/meetings", MeetingsAsync).WithSummary("Every stored meeting: table signs and interpreter schedules.");
        organizer.MapGet("/schedule/instance.json", InstanceAsync).WithSummary("The event as a biobridge-schedule/1 instance.");
        organizer.MapGet("/schedule/result.json", ResultAsync).WithSummary("The stored schedule as a biobridge-schedule-result/1 for that instance.");
        return app;
    }

    static string Language(string? lang) => lang is null ? UiLanguage.Current : UiLanguage.FromCode(lang);

    static async Task<(PartneringActor? Actor, IResult? Denied)> ActorAsync(HttpContext http, UserManager<AppUser> users)
    {
        // Every partnering route names its event: the actor organizes it or not.
        var actor = await PartneringActor.FromAsync(http.User, users, http.RequestServices.GetRequiredService<EventAccess>(),
            (string)http.GetRouteValue("slug")!);
        return actor is null ? (null, TypedResults.Unauthorized()) : (actor, null);
    }

    static async Task<Results<Ok<IReadOnlyList<SlotItem>>, NotFound>> SlotsAsync(string slug, PartneringQueries queries, CancellationToken ct)
    {
        var ev = await queries.EventAsync(slug, ct);
        return ev is null || !ev.IsPublished ? TypedResults.NotFound() : TypedResults.Ok(await queries.SlotsAsync(ev.Id, ct));
    }

    static async Task<IResult> DelegatesAsync(string slug, HttpContext http, UserManager<AppUser> users, PartneringQueries queries,
        CancellationToken ct, string? q = null, string? cluster = null, bool mine = false, string? lang = null)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var ev = await queries.EventAsync(slug, ct);
        if (ev is null)
            return TypedResults.NotFound();
        if (mine && actor.OrganizationId is null)
            return TypedResults.Ok(Array.Empty<DelegateItem>());
        return TypedResults.Ok(await queries.DelegatesAsync(ev.Id, Language(lang), q, cluster, mine ? actor.OrganizationId : null, ct));
    }

    static async Task<IResult> RegisterAsync(string slug, DelegateInput body, HttpContext http, UserManager<AppUser> users,
        RegisterDelegate register, PartneringQueries queries, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var (outcome, registered) = await register.HandleAsync(actor, slug, body, ct);
        if (!outcome.Succeeded)
            return outcome.ToProblem();
        var item = PartneringQueries.Item((await queries.DelegateAsync(registered!.EventId, registered.Id, ct))!, UiLanguage.Current);
        return TypedResults.Created($"/api/v1/events/{slug}/delegates/{registered.Id}", item);
    }

    /// <summary>The delegate the signed-in user acts for; 404 for a delegate outside their scope, whose existence is not confirmed.</summary>
    static async Task<(EventDelegate? Delegate, IResult? Denied)> OwnDelegateAsync(string slug, int id, PartneringActor actor, PartneringQueries queries,
        CancellationToken ct) =>
        await queries.DelegateInScopeAsync(slug, id, actor, ct) is { } found
            ? (found, null)
            : (null, Outcome.NotFound($"Delegate {id} is not one you act for at this event.").ToProblem());

    static async Task<IResult> SuggestionsAsync(string slug, int id, HttpContext http, UserManager<AppUser> users, PartneringQueries queries,
        CancellationToken ct, int top = 10, string? lang = null)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var (me, notYours) = await OwnDelegateAsync(slug, id, actor, queries, ct);
        return me is null ? notYours! : TypedResults.Ok(await queries.SuggestionsAsync(me, Math.Clamp(top, 1, 50), Language(lang), ct));
    }

    static async Task<IResult> RequestsAsync(string slug, int id, HttpContext http, UserManager<AppUser> users, PartneringQueries queries,
        CancellationToken ct, string? lang = null)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var (me, notYours) = await OwnDelegateAsync(slug, id, actor, queries, ct);
        return me is null ? notYours! : TypedResults.Ok(await queries.RequestsOfAsync(me.Id, Language(lang), ct));
    }

    static async Task<IResult> AgendaAsync(string slug, int id, HttpContext http, UserManager<AppUser> users, PartneringQueries queries,
        CancellationToken ct, string? lang = null)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var (me, notYours) = await OwnDelegateAsync(slug, id, actor, queries, ct);
        return me is null ? notYours! : TypedResults.Ok(await queries.AgendaAsync(slug, me.Id, Language(lang), ct));
    }

    static async Task<IResult> CalendarAsync(string slug, int id, HttpContext http, UserManager<AppUser> users, PartneringQueries queries,
        IStringLocalizer<Text> text, TimeProvider clock, CancellationToken ct, string? token = null, string? lang = null)
    {
        var ev = await queries.EventAsync(slug, ct);
        var found = ev is null ? null : await queries.DelegateAsync(ev.Id, id, ct);
        var byToken = found is not null && token is not null
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(token), System.Text.Encoding.UTF8.GetBytes(found.CalendarToken));
        if (!byToken)
        {
            var (actor, denied) = await ActorAsync(http, users);
            if (actor is null)
                return denied!;
            var (_, notYours) = await OwnDelegateAsync(slug, id, actor, queries, ct);
            if (notYours is not null)
                return notYours;
        }
        var language = Language(lang);
        var agenda = (await queries.AgendaAsync(slug, id, language, ct))!;
        var ics = AgendaCalendar.Write(agenda, text, language, clock.GetUtcNow().UtcDateTime);
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ics), AgendaCalendar.ContentType, $"{slug}-agenda-{id}.ics");
    }

    static async Task<IResult> NotificationsAsync(string slug, int id, HttpContext http, UserManager<AppUser> users, PartneringQueries queries,
        IStringLocalizer<Text> text, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var (me, notYours) = await OwnDelegateAsync(slug, id, actor, queries, ct);
        return me is null ? notYours! : TypedResults.Ok(await queries.NotificationsAsync(me.Id, text, 50, ct));
    }

    static async Task<IResult> ReadNotificationsAsync(string slug, int id, HttpContext http, UserManager<AppUser> users, PartneringQueries queries,
        TimeProvider clock, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var (me, notYours) = await OwnDelegateAsync(slug, id, actor, queries, ct);
        if (me is null)
            return notYours!;
        await queries.MarkNotificationsReadAsync(me.Id, clock.GetUtcNow().UtcDateTime, ct);
        return TypedResults.NoContent();
    }

    static MeetingMode? ParseMode(string? mode) => mode?.ToLowerInvariant() switch
    {
        null or "" or "onsite" => MeetingMode.Onsite,
        "virtual" or "online" => MeetingMode.Virtual,
        _ => null,
    };

    static async Task<IResult> RequestMeetingAsync(string slug, MeetingRequestBody body, HttpContext http, UserManager<AppUser> users,
        RequestMeeting request, PartneringQueries queries, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        if (ParseMode(body.Mode) is not { } mode)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["mode"] = ["mode is onsite or virtual"] });
        var (outcome, created) = await request.HandleAsync(actor,
            slug, new MeetingRequestInput(body.FromDelegateId, body.ToDelegateId, body.Message, body.Priority ?? 2, mode), ct);
        if (!outcome.Succeeded)
            return outcome.ToProblem();
        var mine = await queries.RequestsOfAsync(created!.FromDelegateId, UiLanguage.Current, ct);
        return TypedResults.Created($"/api/v1/events/{slug}/requests/{created.Id}", mine.Outgoing.Single(r => r.Id == created.Id));
    }

    static async Task<IResult> AnswerAsync(string slug, int id, RequestAnswer answer, HttpContext http, UserManager<AppUser> users,
        AnswerMeetingRequest answering, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var (outcome, placed, unplaced) = await answering.HandleAsync(actor, slug, id, answer, ct);
        if (!outcome.Succeeded)
            return outcome.ToProblem();
        return TypedResults.Ok(new AnswerResult(answer == RequestAnswer.Accept ? "accepted" : "declined", placed, unplaced));
    }

    static async Task<IResult> CancelAsync(string slug, int id, HttpContext http, UserManager<AppUser> users, CancelMeetingRequest cancel,
        CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var outcome = await cancel.HandleAsync(actor, slug, id, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.ToProblem();
    }

    static async Task<IResult> SetUpAsync(string slug, PartneringSetupInput body, HttpContext http, UserManager<AppUser> users,
        SetUpPartnering setUp, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var (outcome, added) = await setUp.HandleAsync(actor, slug, body, ct);
        return outcome.Succeeded ? TypedResults.Ok(added) : outcome.ToProblem();
    }

    static async Task<IResult> MoveAsync(string slug, int id, MoveInput body, HttpContext http, UserManager<AppUser> users, MoveMeeting move,
        CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var outcome = await move.HandleAsync(actor, slug, id, body, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.ToProblem();
    }

    static async Task<IResult> CheckInAsync(string slug, int id, HttpContext http, UserManager<AppUser> users, MarkAttendance mark,
        CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var outcome = await mark.CheckInAsync(actor, slug, id, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.ToProblem();
    }

    static async Task<IResult> MarkMeetingAsync(string slug, int id, MeetingStatusBody body, HttpContext http, UserManager<AppUser> users,
        MarkAttendance mark, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        MeetingStatus? status = body.Status?.ToLowerInvariant() switch { "held" => MeetingStatus.Held, "no-show" or "noshow" => MeetingStatus.NoShow, "scheduled" => MeetingStatus.Scheduled, _ => null };
        if (status is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["status is held, no-show or scheduled"] });
        var outcome = await mark.MarkMeetingAsync(actor, slug, id, status.Value, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.ToProblem();
    }

    static async Task<IResult> DemandAsync(string slug, PartneringQueries queries, CancellationToken ct, string? lang = null)
    {
        var ev = await queries.EventAsync(slug, ct);
        return ev is null ? TypedResults.NotFound() : TypedResults.Ok(await queries.DemandAsync(ev.Id, Language(lang), ct));
    }

    static async Task<IResult> QueueRunAsync(string slug, [FromBody] RunBody? body, HttpContext http, UserManager<AppUser> users,
        QueueSchedulingRun queue, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var (outcome, run) = await queue.HandleAsync(actor, slug, body?.TimeLimitSeconds, ct);
        return outcome.Succeeded
            ? TypedResults.Accepted($"/api/v1/events/{slug}/scheduling-runs/{run!.Id}", PartneringQueries.Item(run))
            : outcome.ToProblem();
    }

    static async Task<IResult> RunsAsync(string slug, PartneringQueries queries, CancellationToken ct)
    {
        var ev = await queries.EventAsync(slug, ct);
        return ev is null ? TypedResults.NotFound() : TypedResults.Ok(await queries.RunsAsync(ev.Id, ct));
    }

    static async Task<IResult> RunAsync(string slug, int id, PartneringQueries queries, CancellationToken ct, string? lang = null)
    {
        var ev = await queries.EventAsync(slug, ct);
        var run = ev is null ? null : await queries.RunAsync(ev.Id, id, Language(lang), ct);
        return run is null ? TypedResults.NotFound() : TypedResults.Ok(run);
    }

    static async Task<IResult> PublishAsync(string slug, int id, HttpContext http, UserManager<AppUser> users, PublishSchedule publish,
        CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var (outcome, published) = await publish.HandleAsync(actor, slug, id, ct);
        return outcome.Succeeded ? TypedResults.Ok(new PublishResult(id, published)) : outcome.ToProblem();
    }

    static async Task<IResult> MeetingsAsync(string slug, PartneringQueries queries, CancellationToken ct, bool publishedOnly = false,
        string? lang = null)
    {
        var ev = await queries.EventAsync(slug, ct);
        return ev is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(await queries.MeetingsAsync(ev.Id, Language(lang), m => !publishedOnly || m.IsPublished, ct));
    }

    static async Task<IResult> InstanceAsync(string slug, PartneringQueries queries, BuildScheduleInstance build, CancellationToken ct)
    {
        var ev = await queries.EventAsync(slug, ct);
        if (ev is null)
            return TypedResults.NotFound();
        var built = await build.HandleAsync(ev.Id, ct);
        return TypedResults.Text(ScheduleJson.Serialize(built.Instance), "application/json");
    }

    static async Task<IResult> ResultAsync(string slug, PartneringQueries queries, BuildScheduleInstance build, CancellationToken ct,
        bool publishedOnly = false)
    {
        var ev = await queries.EventAsync(slug, ct);
        if (ev is null)
            return TypedResults.NotFound();
        var built = await build.HandleAsync(ev.Id, ct);
        return TypedResults.Text(ScheduleJson.Serialize(await queries.StoredResultAsync(built, publishedOnly, ct)), "application/json");
    }

    static async Task<IResult> ProgramAsync(string slug, PartneringQueries queries, ProgramQueries program, CancellationToken ct, string? lang = null)
    {
        var ev = await queries.EventAsync(slug, ct);
        return ev is null || !ev.IsPublished ? TypedResults.NotFound() : TypedResults.Ok(await program.ProgramAsync(ev, Language(lang), ct));
    }

    static async Task<IResult> DelegationAsync(string slug, int id, PartneringQueries queries, ProgramQueries program, CancellationToken ct,
        string? lang = null)
    {
        var ev = await queries.EventAsync(slug, ct);
        var found = ev is null ? [] : await program.DelegationsAsync(ev, id, Language(lang), ct);
        return found.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok(found[0]);
    }

    static async Task<IResult> UpdateAsync(string slug, int id, DelegateInput body, HttpContext http, UserManager<AppUser> users,
        UpdateDelegate update, PartneringQueries queries, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var (outcome, updated) = await update.HandleAsync(actor, slug, id, body, ct);
        return outcome.Succeeded
            ? TypedResults.Ok(PartneringQueries.Item((await queries.DelegateAsync(updated!.EventId, updated.Id, ct))!, UiLanguage.Current))
            : outcome.ToProblem();
    }

    static async Task<IResult> FollowUpAsync(string slug, int id, int delegateId, FollowUpInput body, HttpContext http, UserManager<AppUser> users,
        SubmitFollowUp submit, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var (outcome, followUp) = await submit.HandleAsync(actor, slug, id, delegateId, body, ct);
        return outcome.Succeeded ? TypedResults.Ok(FollowUpItem.From(followUp!)) : outcome.ToProblem();
    }

    static async Task<IResult> SetUpProgramAsync(string slug, ProgramInput body, HttpContext http, UserManager<AppUser> users, SetUpProgram setUp,
        CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var (outcome, added) = await setUp.HandleAsync(actor, slug, body, ct);
        return outcome.Succeeded ? TypedResults.Ok(added) : outcome.ToProblem();
    }

    static async Task<IResult> OrganizeDelegationAsync(string slug, DelegationInput body, HttpContext http, UserManager<AppUser> users,
        OrganizeDelegation organize, PartneringQueries queries, ProgramQueries program, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var (outcome, created) = await organize.HandleAsync(actor, slug, body, ct);
        if (!outcome.Succeeded)
            return outcome.ToProblem();
        var item = (await program.DelegationsAsync((await queries.EventAsync(slug, ct))!, created!.Id, UiLanguage.Current, ct))[0];
        return TypedResults.Created($"/api/v1/events/{slug}/delegations/{created.Id}", item);
    }

    static async Task<IResult> FollowUpsAsync(string slug, PartneringQueries queries, CancellationToken ct, string? lang = null)
    {
        var ev = await queries.EventAsync(slug, ct);
        return ev is null ? TypedResults.NotFound() : TypedResults.Ok(await queries.FollowUpsAsync(ev.Id, Language(lang), ct));
    }
}
