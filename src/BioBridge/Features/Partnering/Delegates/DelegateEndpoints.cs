using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BioBridge.Features.Partnering;

/// <summary>Delegates registered at the event, their partner suggestions, and the delegations organizers form.</summary>
static class DelegateEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder organizer)
    {
        api.MapGet("/delegations/{id:int}", DelegationAsync).WithName("GetDelegation").WithSummary("A delegation: members and itinerary.");
        api.MapGet("/delegates", DelegatesAsync).WithSummary("Registered delegates; mine=true lists your organization's.");
        api.MapPost("/delegates", RegisterAsync).WithSummary("Registers a delegate for your organization (organizers: for any).");
        api.MapPut("/delegates/{id:int}", UpdateAsync).WithName("UpdateDelegate")
            .WithSummary("Edits a registration: name, job title, languages, unavailable slots, meeting limit, sessions spoken at.");
        api.MapGet("/delegates/{id:int}/suggestions", SuggestionsAsync).WithSummary("Partner suggestions among the event's delegates, with reasons.");
        organizer.MapPost("/delegations", OrganizeDelegationAsync).WithName("OrganizeDelegation")
            .WithSummary("Forms a delegation with members and an itinerary of visits and sessions; the stops block the members' slots.");
    }

    static async Task<Results<Ok<IReadOnlyList<DelegateItem>>, NotFound>> DelegatesAsync(PartneringActor actor, PartneringQueries queries,
        CancellationToken ct, string? q = null, string? cluster = null, bool mine = false, string? lang = null)
    {
        if (actor.Event.Id is not { } eventId)
            return TypedResults.NotFound();
        if (mine && actor.OrganizationId is null)
            return TypedResults.Ok<IReadOnlyList<DelegateItem>>([]);
        return TypedResults.Ok(await queries.DelegatesAsync(eventId, UiLanguage.Requested(lang), q, cluster, mine ? actor.OrganizationId : null, ct));
    }

    static async Task<Results<Created<DelegateItem>, ValidationProblem, ProblemHttpResult>> RegisterAsync(DelegateInput body, PartneringActor actor,
        RegisterDelegate register, PartneringQueries queries, CancellationToken ct) =>
        await (await register.HandleAsync(actor, body, ct)).ToResultAsync(async registered =>
            TypedResults.Created($"/api/v1/events/{actor.Event.Slug}/delegates/{registered.Id}", await ItemAsync(registered, queries, ct)));

    static async Task<Results<Ok<DelegateItem>, ValidationProblem, ProblemHttpResult>> UpdateAsync(int id, DelegateInput body, PartneringActor actor,
        UpdateDelegate update, PartneringQueries queries, CancellationToken ct) =>
        await (await update.HandleAsync(actor, id, body, ct)).ToResultAsync(async updated => TypedResults.Ok(await ItemAsync(updated, queries, ct)));

    /// <summary>A delegate as the API shows them, read back with their organization after a write.</summary>
    static async Task<DelegateItem> ItemAsync(EventDelegate saved, PartneringQueries queries, CancellationToken ct) =>
        PartneringQueries.Item((await queries.DelegateAsync(saved.EventId, saved.Id, ct))!, UiLanguage.Current);

    static async Task<Results<Ok<IReadOnlyList<PartnerSuggestionItem>>, ValidationProblem, ProblemHttpResult>> SuggestionsAsync(int id,
        PartneringActor actor, PartneringQueries queries, CancellationToken ct, int top = 10, string? lang = null) =>
        await (await queries.OwnDelegateAsync(id, actor, ct)).ToResultAsync(async me =>
            TypedResults.Ok(await queries.SuggestionsAsync(me, Math.Clamp(top, 1, 50), UiLanguage.Requested(lang), ct)));

    static async Task<Results<Ok<DelegationItem>, NotFound>> DelegationAsync(int id, NamedEvent named, PartneringQueries queries,
        ProgramQueries program, CancellationToken ct, string? lang = null)
    {
        var ev = await queries.EventAsync(named.Id, ct);
        var found = ev is null ? [] : await program.DelegationsAsync(ev, id, UiLanguage.Requested(lang), ct);
        return found.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok(found[0]);
    }

    static async Task<Results<Created<DelegationItem>, ValidationProblem, ProblemHttpResult>> OrganizeDelegationAsync(DelegationInput body,
        PartneringActor actor, OrganizeDelegation organize, PartneringQueries queries, ProgramQueries program, CancellationToken ct) =>
        await (await organize.HandleAsync(actor, body, ct)).ToResultAsync(async created =>
        {
            var ev = (await queries.EventAsync(actor.Event.Id, ct))!;
            var item = (await program.DelegationsAsync(ev, created.Id, UiLanguage.Current, ct))[0];
            return TypedResults.Created($"/api/v1/events/{actor.Event.Slug}/delegations/{created.Id}", item);
        });
}
