using BioBridge.Features.Accounts;
using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Identity;
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

    static string Language(string? lang) => lang is null ? UiLanguage.Current : UiLanguage.FromCode(lang);

    static async Task<IResult> SettingsAsync(string slug, ConfigureScheduling configure, CancellationToken ct) =>
        await configure.ReadAsync(slug, ct) is { } settings ? TypedResults.Ok(settings) : TypedResults.NotFound();

    static async Task<IResult> ConfigureAsync(string slug, SchedulingSettings body, HttpContext http, UserManager<AppUser> users,
        ConfigureScheduling configure, CancellationToken ct)
    {
        if (await PartneringActor.FromAsync(http.User, users, http.RequestServices.GetRequiredService<EventAccess>(), slug) is not { } actor)
            return TypedResults.Unauthorized();
        var outcome = await configure.HandleAsync(actor, slug, body, ct);
        return outcome.Succeeded ? TypedResults.Ok(await configure.ReadAsync(slug, ct)) : outcome.ToProblem();
    }

    static async Task<IResult> FreeSlotsAsync(string slug, int id, HttpContext http, UserManager<AppUser> users, OfferFreeSlots offer,
        CancellationToken ct, string? lang = null)
    {
        if (await PartneringActor.FromAsync(http.User, users, http.RequestServices.GetRequiredService<EventAccess>(), slug) is not { } actor)
            return TypedResults.Unauthorized();
        var (outcome, slots) = await offer.HandleAsync(actor, slug, id, Language(lang), ct);
        return outcome.Succeeded ? TypedResults.Ok(slots) : outcome.ToProblem();
    }

    static async Task<IResult> PickSlotAsync(string slug, int id, PickSlotBody body, HttpContext http, UserManager<AppUser> users,
        AnswerMeetingRequest answer, CancellationToken ct)
    {
        if (await PartneringActor.FromAsync(http.User, users, http.RequestServices.GetRequiredService<EventAccess>(), slug) is not { } actor)
            return TypedResults.Unauthorized();
        if (string.IsNullOrWhiteSpace(body.Slot))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["slot"] = ["Pick a slot by its code, such as 20261010T1400."] });
        var (outcome, placed, unplaced) = await answer.HandleAsync(actor, slug, id, RequestAnswer.Accept, ct, body.Slot.Trim());
        return outcome.Succeeded ? TypedResults.Ok(new AnswerResult("accepted", placed, unplaced)) : outcome.ToProblem();
    }

    static async Task<IResult> PreferencesAsync(string slug, int id, HttpContext http, UserManager<AppUser> users, PartneringQueries queries,
        MarkPreference mark, CancellationToken ct, string? lang = null)
    {
        if (await PartneringActor.FromAsync(http.User, users, http.RequestServices.GetRequiredService<EventAccess>(), slug) is not { } actor)
            return TypedResults.Unauthorized();
        var ev = await queries.EventAsync(slug, ct);
        var me = ev is null ? null : await queries.DelegateAsync(ev.Id, id, ct);
        if (me is null)
            return TypedResults.NotFound();
        return actor.CanActFor(me) ? TypedResults.Ok(await mark.OfAsync(me, Language(lang), ct)) : actor.Forbidden(me).ToProblem();
    }

    static async Task<IResult> MarkAsync(string slug, int id, int otherId, PreferenceBody body, HttpContext http, UserManager<AppUser> users,
        MarkPreference mark, CancellationToken ct)
    {
        if (await PartneringActor.FromAsync(http.User, users, http.RequestServices.GetRequiredService<EventAccess>(), slug) is not { } actor)
            return TypedResults.Unauthorized();
        var outcome = await mark.HandleAsync(actor, slug, id, otherId, body.Level, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.ToProblem();
    }

    static async Task<IResult> GenerateAsync(string slug, [FromBody] RunBody? body, HttpContext http, UserManager<AppUser> users,
        GenerateFromPreferences generate, CancellationToken ct)
    {
        if (await PartneringActor.FromAsync(http.User, users, http.RequestServices.GetRequiredService<EventAccess>(), slug) is not { } actor)
            return TypedResults.Unauthorized();
        var (outcome, generated) = await generate.HandleAsync(actor, slug, body?.TimeLimitSeconds, ct);
        return outcome.Succeeded
            ? TypedResults.Accepted($"/api/v1/events/{slug}/scheduling-runs/{generated!.RunId}", generated)
            : outcome.ToProblem();
    }
}
