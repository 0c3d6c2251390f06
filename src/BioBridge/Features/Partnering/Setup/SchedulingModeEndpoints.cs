using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BioBridge.Features.Partnering;

/// <summary>
/// Scheduling modes and caps: the organizer's settings, self-scheduling (the slots free for both, picked when
/// accepting) and hosted-buyer preferences with the organizer's generation. Signed-in users by default; the settings
/// and the generation need the event-organizer policy, like the rest of organizing.
/// </summary>
public static class SchedulingModeEndpoints
{
    public static IEndpointRouteBuilder MapSchedulingModesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/events/{slug}").WithTags("Partnering").RequireAuthorization();
        api.MapGet("/partnering/scheduling", SettingsAsync).WithName("GetSchedulingSettings")
            .WithSummary("How the event schedules meetings (automatic, self-scheduling, hosted-buyer) and its caps per session and participant type.");
        api.MapGet("/requests/{id:int}/free-slots", FreeSlotsAsync).WithName("GetFreeSlotsOfRequest")
            .WithSummary("Self-scheduling: the slots free for both sides of a pending request, each with the table or room and interpreter it would get.");
        api.MapPost("/requests/{id:int}/pick-slot", PickSlotAsync).WithName("AcceptRequestAtSlot")
            .WithSummary("Self-scheduling: the receiver accepts and the meeting is published at the picked slot (409 with the reason if it is taken).");
        api.MapGet("/delegates/{id:int}/preferences", PreferencesAsync).WithName("GetMeetingPreferences")
            .WithSummary("Hosted-buyer: the other delegates with this delegate's marks (must-meet, meet, no-thanks).");
        api.MapPut("/delegates/{id:int}/preferences/{otherId:int}", MarkAsync).WithName("MarkMeetingPreference")
            .WithSummary("Hosted-buyer: marks another delegate must-meet, meet or no-thanks; a null level clears the mark.");

        var organizer = api.MapGroup("").RequireAuthorization(Policies.EventOrganizer);
        organizer.MapPut("/partnering/scheduling", ConfigureAsync).WithName("ConfigureScheduling")
            .WithSummary("Chooses the scheduling mode and the caps per session (half-day or day) and per participant type.");
        organizer.MapPost("/preferences/generate", GenerateAsync).WithName("GenerateMeetingsFromPreferences")
            .WithSummary("Hosted-buyer: accepted requests for every wanted pair without a no-thanks, then a scheduling run (must-meets weigh most).");
        return app;
    }

    static async Task<Results<Ok<SchedulingSettings>, NotFound>> SettingsAsync(NamedEvent ev, ConfigureScheduling configure, CancellationToken ct) =>
        await configure.ReadAsync(ev, ct) is { } settings ? TypedResults.Ok(settings) : TypedResults.NotFound();

    static async Task<Results<Ok<SchedulingSettings>, ValidationProblem, ProblemHttpResult>> ConfigureAsync(SchedulingSettings body,
        PartneringActor actor, ConfigureScheduling configure, CancellationToken ct)
    {
        var outcome = await configure.HandleAsync(actor, body, ct);
        return outcome.Succeeded ? TypedResults.Ok((await configure.ReadAsync(actor.Event, ct))!) : outcome.Failure<Ok<SchedulingSettings>>();
    }

    static async Task<Results<Ok<FreeSlots>, ValidationProblem, ProblemHttpResult>> FreeSlotsAsync(int id, PartneringActor actor,
        OfferFreeSlots offer, CancellationToken ct, string? lang = null) =>
        (await offer.HandleAsync(actor, id, UiLanguage.Requested(lang), ct)).ToResult(TypedResults.Ok);

    static async Task<Results<Ok<AnswerResult>, ValidationProblem, ProblemHttpResult>> PickSlotAsync(int id, PickSlotBody body,
        PartneringActor actor, AnswerMeetingRequest answer, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.Slot))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["slot"] = [PartneringText.Say("Pick a slot by its code, such as 20261010T1400.")] });
        return (await answer.HandleAsync(actor, id, RequestAnswer.Accept, ct, body.Slot.Trim())).ToResult(TypedResults.Ok);
    }

    static async Task<Results<Ok<IReadOnlyList<PreferenceItem>>, NotFound, ProblemHttpResult>> PreferencesAsync(int id, PartneringActor actor,
        PartneringQueries queries, MarkPreference mark, CancellationToken ct, string? lang = null)
    {
        if (actor.Event.Id is not { } eventId || await queries.DelegateAsync(eventId, id, ct) is not { } me)
            return TypedResults.NotFound();
        return actor.CanActFor(me) ? TypedResults.Ok(await mark.OfAsync(me, UiLanguage.Requested(lang), ct)) : actor.Forbidden(me).Problem();
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> MarkAsync(int id, int otherId, PreferenceBody body,
        PartneringActor actor, MarkPreference mark, CancellationToken ct) =>
        (await mark.HandleAsync(actor, id, otherId, body.Level, ct)).ToResult(TypedResults.NoContent);

    static async Task<Results<Accepted<GeneratedMeetings>, ValidationProblem, ProblemHttpResult>> GenerateAsync([FromBody] RunBody? body,
        PartneringActor actor, GenerateFromPreferences generate, CancellationToken ct) =>
        (await generate.HandleAsync(actor, body?.TimeLimitSeconds, ct)).ToResult(generated =>
            TypedResults.Accepted($"/api/v1/events/{actor.Event.Slug}/scheduling-runs/{generated.RunId}", generated));
}
