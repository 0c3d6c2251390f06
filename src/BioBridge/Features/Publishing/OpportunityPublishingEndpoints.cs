using BioBridge.Features.Accounts;
using BioBridge.Features.Opportunities;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BioBridge.Features.Publishing;

/// <summary>Posting an opportunity and proposing changes to one: both wait in the cluster's vetting queue.</summary>
public static class OpportunityPublishingEndpoints
{
    public static IEndpointRouteBuilder MapOpportunityPublishingApi(this IEndpointRouteBuilder app)
    {
        var opportunities = app.MapGroup("").WithTags("Opportunities");
        opportunities.MapPost("/opportunities", PublishAsync).WithName("PublishOpportunity").RequireAuthorization(Policies.OrganizationMember)
            .WithSummary("Post an offer or request; it waits for approval by an operator of the organization's cluster.");
        opportunities.MapPut("/opportunities/{id:int}", EditAsync).WithName("EditOpportunity").RequireAuthorization(Policies.OrganizationMember)
            .WithSummary("Propose a change to one of your organization's posts; the published version stays until approved.");
        opportunities.MapPost("/opportunities/{id:int}/translations", DraftTranslationsAsync).WithName("DraftOpportunityTranslations").RequireAuthorization(Policies.OrganizationMember)
            .WithSummary("Machine drafts of the title and text in the missing languages, proposed for approval (409 when machine translation is off, 503 when the translation service cannot answer).");
        return app;
    }

    static async Task<Results<Created<OpportunityItem>, ValidationProblem, ProblemHttpResult>> PublishAsync(OpportunityRequest request, AppUser user,
        HttpContext http, PublishOpportunity publish, OpportunityQueries queries, CancellationToken ct)
    {
        if (request.ToInput() is not { } input)
            return UnknownKind(request);
        return await (await publish.HandleAsync(user, input, ct)).ToResultAsync(async created =>
        {
            var item = queries.Item((await queries.FindAsync(created.Id, Reader.Of(user, http.User), ct))!, UiLanguage.Current);
            return TypedResults.Created($"/api/v1/opportunities/{created.Id}", item);
        });
    }

    static ValidationProblem UnknownKind(OpportunityRequest request) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = [PublishingText.Say($"unknown kind '{request.Kind}'")] });

    static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> EditAsync(int id, OpportunityRequest request, AppUser user,
        PublishOpportunity publish, CancellationToken ct)
    {
        if (request.ToInput() is not { } input)
            return UnknownKind(request);
        return (await publish.EditAsync(user, id, input, ct)).ToResult(() => TypedResults.Accepted($"/api/v1/opportunities/{id}"));
    }

    static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> DraftTranslationsAsync(int id, AppUser user, PublishOpportunity publish,
        CancellationToken ct) =>
        (await publish.DraftTranslationsAsync(user, id, ct)).ToResult(() => TypedResults.Accepted($"/api/v1/opportunities/{id}"));
}
