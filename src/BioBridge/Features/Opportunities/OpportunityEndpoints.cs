using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Opportunities;

public static class OpportunityEndpoints
{
    public static IEndpointRouteBuilder MapOpportunitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").WithTags("Opportunities");
        api.MapGet("/opportunities", ListAsync).WithName("ListOpportunities").AllowAnonymous()
            .WithSummary("Open technology and business offers and requests, R&D cooperation and talent exchange posts the reader may see (approved, by visibility).");
        api.MapGet("/opportunities/{id:int}", GetAsync).WithName("GetOpportunity").AllowAnonymous();
        api.MapPost("/opportunities/{id:int}/interests", InterestAsync).WithName("ExpressInterest").RequireAuthorization(Policies.OrganizationMember);
        api.MapGet("/opportunities/{id:int}/interests", InterestsAsync).WithName("ListInterests").RequireAuthorization(Policies.OrganizationMember);
        api.MapPost("/interests/{id:int}/answer", AnswerAsync).WithName("AnswerInterest").RequireAuthorization(Policies.OrganizationMember);
        return app;
    }

    static async Task<Results<Ok<IReadOnlyList<OpportunityItem>>, ValidationProblem>> ListAsync(OpportunityQueries queries, Readers readers,
        HttpContext http, CancellationToken ct,
        string? q = null, string? kind = null, string? cluster = null, string? concept = null, string? lang = null)
    {
        var parsedKind = OpportunityQueries.ParseKind(kind);
        if (kind is not null && parsedKind is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["kind"] = [OpportunityText.Say("kind is one of technology-offer, technology-request, business-offer, business-request, rd-cooperation, talent-exchange")],
            });
        return TypedResults.Ok(await queries.ListAsync(new OpportunityFilter(q, parsedKind, cluster, concept),
            await readers.OfAsync(http.User), UiLanguage.Requested(lang), ct));
    }

    static async Task<Results<Ok<OpportunityItem>, NotFound>> GetAsync(int id, OpportunityQueries queries, Readers readers, HttpContext http,
        CancellationToken ct, string? lang = null)
    {
        var found = await queries.FindAsync(id, await readers.OfAsync(http.User), ct);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(queries.Item(found, UiLanguage.Requested(lang)));
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> InterestAsync(int id, InterestRequest request, AppUser user,
        ExpressInterest express, CancellationToken ct) =>
        (await express.HandleAsync(user, id, request.Message, ct)).ToResult(TypedResults.NoContent);

    static async Task<Results<Ok<List<InterestItem>>, NotFound>> InterestsAsync(int id, AppUser user, HttpContext http, AppDb db, CancellationToken ct,
        string? lang = null)
    {
        if (http.User.ActsFor(user) is not { } organizationId)
            return TypedResults.NotFound();
        // Only the owner sees who is interested: the filter is part of the query, not a check after loading.
        var interests = await db.ExpressionsOfInterest.AsNoTracking().Include(i => i.Organization)
            .Where(i => i.OpportunityId == id && db.Opportunities.Any(o => o.Id == id && o.OrganizationId == organizationId))
            .OrderBy(i => i.CreatedAt).ToListAsync(ct);
        var language = UiLanguage.Requested(lang);
        return TypedResults.Ok(interests.Select(i => new InterestItem(i.Id, i.Organization!.ExternalId,
            i.Organization.Name.GetWithFallback(language).Text ?? i.Organization.ExternalId, i.Message,
            i.Status.ToString().ToLowerInvariant(), i.Reply, i.CreatedAt)).ToList());
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> AnswerAsync(int id, AnswerRequest request, AppUser user,
        AnswerInterest answer, CancellationToken ct) =>
        (await answer.HandleAsync(user, id, request.Accept, request.Reply, ct)).ToResult(TypedResults.NoContent);
}
