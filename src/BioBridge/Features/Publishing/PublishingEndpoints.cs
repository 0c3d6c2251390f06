using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Publishing;

/// <summary>Members edit their profile; operators vet their own cluster's proposals (docs/publishing.md).</summary>
public static class PublishingEndpoints
{
    public static IEndpointRouteBuilder MapPublishingApi(this IEndpointRouteBuilder app)
    {
        // Only members and organization admins have a profile to edit: a reviewer's affiliation is no mandate.
        var members = app.MapGroup("/my/profile").WithTags("Publishing").RequireAuthorization(Policies.OrganizationMember);
        members.MapGet("", MyProfileAsync).WithName("GetMyProfile")
            .WithSummary("Your organization's published profile, your proposal waiting for approval, and the last decision on one.");
        members.MapPut("", SubmitAsync).WithName("SubmitProfile")
            .WithSummary("Propose a new profile (texts per language with their state, field visibility); it waits in your cluster's vetting queue.");
        members.MapPost("/translations", DraftAsync).WithName("DraftProfileTranslations")
            .WithSummary("Machine drafts of the name and description in the missing languages, proposed for approval (409 when machine translation is off, 503 when the translation service cannot answer).");

        var operators = app.MapGroup("/vetting").WithTags("Publishing").RequireAuthorization(Policies.Operator);
        operators.MapGet("", QueueAsync).WithName("VettingQueue")
            .WithSummary("Proposals of your cluster's organizations waiting for approval, with the quality checklist.");
        operators.MapPost("/{id:int}/approve", ApproveAsync).WithName("ApproveRevision")
            .WithSummary("Publish a proposal; every checklist item must be confirmed.");
        operators.MapPost("/{id:int}/reject", RejectAsync).WithName("RejectRevision")
            .WithSummary("Send a proposal back with a comment; the published version stays.");
        return app;
    }

    static async Task<Results<Ok<MyProfileResponse>, NotFound>> MyProfileAsync(HttpContext http, UserManager<AppUser> users, AppDb db,
        IMachineTranslator translator, CancellationToken ct)
    {
        var user = await users.GetUserAsync(http.User);
        var organization = http.User.ActsFor(user) is { } id
            ? await db.Organizations.AsNoTracking().Include(o => o.Sectors).SingleOrDefaultAsync(o => o.Id == id, ct)
            : null;
        if (organization is null)
            return TypedResults.NotFound();
        var revisions = await db.Revisions.AsNoTracking()
            .Where(r => r.OrganizationId == organization.Id && r.Kind == RevisionKind.Profile && r.Status != RevisionStatus.Superseded)
            .OrderByDescending(r => r.Id).Take(2).ToListAsync(ct);
        var pending = revisions.FirstOrDefault(r => r.Status == RevisionStatus.Pending);
        var decided = revisions.FirstOrDefault(r => r.Status != RevisionStatus.Pending);
        return TypedResults.Ok(new MyProfileResponse(organization.ExternalId, organization.ClusterId, ProfileContent.Of(organization),
            pending is null ? null : new PendingRevision(pending.Id, pending.SubmittedAt, pending.Profile!, VettingChecklist.For(pending.Profile!)),
            decided is null ? null : new RevisionDecision(decided.Id, decided.Status, decided.Comment, decided.ReviewedAt),
            translator.IsEnabled));
    }

    static async Task<Results<Accepted<ProposalReceived>, ValidationProblem, ProblemHttpResult>> SubmitAsync(ProfileContent proposal, AppUser user,
        SubmitProfile submit, CancellationToken ct) =>
        (await submit.HandleAsync(user, proposal, ct)).ToResult(Received);

    static async Task<Results<Accepted<ProposalReceived>, ValidationProblem, ProblemHttpResult>> DraftAsync(AppUser user,
        DraftProfileTranslations draft, CancellationToken ct) =>
        (await draft.HandleAsync(user, ct)).ToResult(Received);

    static Accepted<ProposalReceived> Received(Revision revision) =>
        TypedResults.Accepted("/api/v1/my/profile", new ProposalReceived(revision.Id, revision.Status));

    static async Task<Ok<List<QueueItem>>> QueueAsync(HttpContext http, Readers readers, VetRevision vet, CancellationToken ct, string? lang = null)
    {
        var language = Shared.Resources.UiLanguage.Requested(lang);
        var queue = await vet.QueueAsync(await readers.OfAsync(http.User), ct);
        return TypedResults.Ok(queue.Select(q => new QueueItem(q.Revision.Id, q.Revision.Kind, q.Organization.ExternalId,
            q.Organization.Name.GetWithFallback(language).Text ?? q.Organization.ExternalId, q.Revision.OpportunityId, q.Revision.SubmittedAt,
            q.Revision.Kind == RevisionKind.Profile ? ProfileContent.Of(q.Organization) : null, q.Revision.Profile,
            q.Published is { ApprovedAt: not null } published ? OpportunityContent.Of(published) : null, q.Revision.Opportunity,
            q.Checklist)).ToList());
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ApproveAsync(int id, ApproveRequest request, AppUser user,
        HttpContext http, VetRevision vet, CancellationToken ct) =>
        (await vet.ApproveAsync(user, Reader.Of(user, http.User), id, request.Checklist ?? [], request.Comment, ct)).ToResult(TypedResults.NoContent);

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RejectAsync(int id, RejectRequest request, AppUser user,
        HttpContext http, VetRevision vet, CancellationToken ct) =>
        (await vet.RejectAsync(user, Reader.Of(user, http.User), id, request.Comment, ct)).ToResult(TypedResults.NoContent);
}
