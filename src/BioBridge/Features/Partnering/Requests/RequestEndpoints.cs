using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BioBridge.Features.Partnering;

/// <summary>Meeting requests between delegates: sent, answered by the receiver, withdrawn by the sender; the organizers' demand view.</summary>
static class RequestEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder organizer)
    {
        api.MapGet("/delegates/{id:int}/requests", RequestsAsync).WithSummary("A delegate's incoming and outgoing meeting requests.");
        api.MapPost("/requests", RequestMeetingAsync).WithSummary("Requests a meeting; priority 1 (nice to have) to 3 (must meet).");
        api.MapPost("/requests/{id:int}/accept", (int id, PartneringActor actor, AnswerMeetingRequest answer, CancellationToken ct)
            => AnswerAsync(id, RequestAnswer.Accept, actor, answer, ct)).WithSummary("The receiver accepts.");
        api.MapPost("/requests/{id:int}/decline", (int id, PartneringActor actor, AnswerMeetingRequest answer, CancellationToken ct)
            => AnswerAsync(id, RequestAnswer.Decline, actor, answer, ct)).WithSummary("The receiver declines.");
        api.MapPost("/requests/{id:int}/cancel", CancelAsync).WithSummary("The sender withdraws the request.");
        organizer.MapGet("/demand", DemandAsync).WithSummary("Requests sent, received and answered, and meetings, per delegate.");
    }

    static async Task<Results<Ok<DelegateRequests>, ValidationProblem, ProblemHttpResult>> RequestsAsync(int id, PartneringActor actor,
        PartneringQueries queries, CancellationToken ct, string? lang = null) =>
        await (await queries.OwnDelegateAsync(id, actor, ct)).ToResultAsync(async me =>
            TypedResults.Ok(await queries.RequestsOfAsync(me.Id, UiLanguage.Requested(lang), ct)));

    static MeetingMode? ParseMode(string? mode) => mode?.ToLowerInvariant() switch
    {
        null or "" or "onsite" => MeetingMode.Onsite,
        "virtual" or "online" => MeetingMode.Virtual,
        _ => null,
    };

    static async Task<Results<Created<RequestItem>, ValidationProblem, ProblemHttpResult>> RequestMeetingAsync(MeetingRequestBody body,
        PartneringActor actor, RequestMeeting request, PartneringQueries queries, CancellationToken ct)
    {
        if (ParseMode(body.Mode) is not { } mode)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["mode"] = [PartneringText.Say("mode is onsite or virtual")] });
        var input = new MeetingRequestInput(body.FromDelegateId, body.ToDelegateId, body.Message, body.Priority ?? 2, mode);
        return await (await request.HandleAsync(actor, input, ct)).ToResultAsync(async created =>
        {
            var mine = await queries.RequestsOfAsync(created.FromDelegateId, UiLanguage.Current, ct);
            return TypedResults.Created($"/api/v1/events/{actor.Event.Slug}/requests/{created.Id}", mine.Outgoing.Single(r => r.Id == created.Id));
        });
    }

    static async Task<Results<Ok<AnswerResult>, ValidationProblem, ProblemHttpResult>> AnswerAsync(int id, RequestAnswer answer,
        PartneringActor actor, AnswerMeetingRequest answering, CancellationToken ct) =>
        (await answering.HandleAsync(actor, id, answer, ct)).ToResult(TypedResults.Ok);

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> CancelAsync(int id, PartneringActor actor,
        CancelMeetingRequest cancel, CancellationToken ct) =>
        (await cancel.HandleAsync(actor, id, ct)).ToResult(TypedResults.NoContent);

    static async Task<Results<Ok<IReadOnlyList<DemandItem>>, NotFound>> DemandAsync(NamedEvent ev, PartneringQueries queries, CancellationToken ct,
        string? lang = null) =>
        ev.Id is { } id ? TypedResults.Ok(await queries.DemandAsync(id, UiLanguage.Requested(lang), ct)) : TypedResults.NotFound();
}
