using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Opportunities;

public sealed record OpportunityRequest(string Kind, string Title, string Body, List<string>? Concepts, DateOnly? Deadline, string? TargetCluster);

public sealed record InterestRequest(string Message);

public sealed record AnswerRequest(bool Accept, string? Reply);

public sealed record InterestItem(int Id, string OrganizationExternalId, string OrganizationName, string Message, string Status,
    string? Reply, DateTime CreatedAt);

public static class OpportunityEndpoints
{
    public static IEndpointRouteBuilder MapOpportunitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").WithTags("Opportunities");
        api.MapGet("/opportunities", ListAsync).AllowAnonymous().WithName("ListOpportunities")
            .WithSummary("Open technology and business offers and requests, R&D cooperation and talent exchange posts.");
        api.MapGet("/opportunities/{id:int}", GetAsync).AllowAnonymous().WithName("GetOpportunity");
        api.MapPost("/opportunities", PublishAsync).WithName("PublishOpportunity").RequireAuthorization();
        api.MapPost("/opportunities/{id:int}/interests", InterestAsync).WithName("ExpressInterest").RequireAuthorization();
        api.MapGet("/opportunities/{id:int}/interests", InterestsAsync).WithName("ListInterests").RequireAuthorization();
        api.MapPost("/interests/{id:int}/answer", AnswerAsync).WithName("AnswerInterest").RequireAuthorization();
        return app;
    }

    static string Language(string? lang) => lang is null ? UiLanguage.Current : UiLanguage.FromCode(lang);

    static async Task<Results<Ok<IReadOnlyList<OpportunityItem>>, ValidationProblem>> ListAsync(OpportunityQueries queries, CancellationToken ct,
        string? q = null, string? kind = null, string? cluster = null, string? concept = null, string? lang = null)
    {
        var parsedKind = OpportunityQueries.ParseKind(kind);
        if (kind is not null && parsedKind is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["kind"] = ["kind is one of technology-offer, technology-request, business-offer, business-request, rd-cooperation, talent-exchange"],
            });
        return TypedResults.Ok(await queries.ListAsync(new OpportunityFilter(q, parsedKind, cluster, concept), Language(lang), ct));
    }

    static async Task<Results<Ok<OpportunityItem>, NotFound>> GetAsync(int id, OpportunityQueries queries, CancellationToken ct, string? lang = null)
    {
        var found = await queries.FindAsync(id, ct);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(queries.Item(found, Language(lang)));
    }

    static async Task<IResult> PublishAsync(OpportunityRequest request, HttpContext http, UserManager<AppUser> users,
        PublishOpportunity publish, OpportunityQueries queries, CancellationToken ct)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
            return TypedResults.Unauthorized();
        var kind = OpportunityQueries.ParseKind(request.Kind);
        if (kind is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = [$"unknown kind '{request.Kind}'"] });
        var (outcome, created) = await publish.HandleAsync(user,
            new OpportunityInput(kind.Value, request.Title, request.Body, request.Concepts, request.Deadline, request.TargetCluster), ct);
        if (!outcome.Succeeded)
            return outcome.ToProblem();
        var item = queries.Item((await queries.FindAsync(created!.Id, ct))!, UiLanguage.Current);
        return TypedResults.Created($"/api/v1/opportunities/{created.Id}", item);
    }

    static async Task<IResult> InterestAsync(int id, InterestRequest request, HttpContext http, UserManager<AppUser> users,
        ExpressInterest express, CancellationToken ct)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
            return TypedResults.Unauthorized();
        var outcome = await express.HandleAsync(user, id, request.Message, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.ToProblem();
    }

    static async Task<IResult> InterestsAsync(int id, HttpContext http, UserManager<AppUser> users, AppDb db, CancellationToken ct,
        string? lang = null)
    {
        var user = await users.GetUserAsync(http.User);
        if (user?.OrganizationId is not { } organizationId)
            return TypedResults.NotFound();
        // Only the owner sees who is interested: the filter is part of the query, not a check after loading.
        var interests = await db.ExpressionsOfInterest.AsNoTracking().Include(i => i.Organization)
            .Where(i => i.OpportunityId == id && db.Opportunities.Any(o => o.Id == id && o.OrganizationId == organizationId))
            .OrderBy(i => i.CreatedAt).ToListAsync(ct);
        var language = Language(lang);
        return TypedResults.Ok(interests.Select(i => new InterestItem(i.Id, i.Organization!.ExternalId,
            i.Organization.Name.GetWithFallback(language).Text ?? i.Organization.ExternalId, i.Message,
            i.Status.ToString().ToLowerInvariant(), i.Reply, i.CreatedAt)).ToList());
    }

    static async Task<IResult> AnswerAsync(int id, AnswerRequest request, HttpContext http, UserManager<AppUser> users,
        AnswerInterest answer, CancellationToken ct)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
            return TypedResults.Unauthorized();
        var outcome = await answer.HandleAsync(user, id, request.Accept, request.Reply, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.ToProblem();
    }
}
