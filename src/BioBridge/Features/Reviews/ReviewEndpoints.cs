using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BioBridge.Features.Reviews;

/// <summary>
/// Calls, submissions, reviews and decisions under /api/v1, deny by default: only the list and texts of published calls are
/// public; applicants, reviewers and organizers each read through their scope; running a call needs the operator policy.
/// </summary>
public static class ReviewEndpoints
{
    public const int MaxUploadBytes = 50 * 1024 * 1024;

    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").WithTags("Reviews").RequireAuthorization();
        api.MapGet("/calls", async (ReviewQueries queries, CancellationToken ct, bool all = false) => TypedResults.Ok(await queries.CallsAsync(!all, ct)))
            .AllowAnonymous().WithName("ListCalls").WithSummary("Open award and joint R&D calls (all=true: closed ones too), deadline shown in each call's zone.");
        api.MapGet("/calls/{slug}", CallAsync).AllowAnonymous().WithName("GetCall").WithSummary("A call: texts, eligibility, deadline, rubric, attachments.");
        api.MapPost("/calls/{slug}/submissions", DraftAsync).WithName("DraftSubmission")
            .WithSummary("Starts a draft for your organization (partners: consortium members' external ids, joint R&D only).");
        api.MapGet("/submissions", SubmissionsAsync).WithName("ListSubmissions").WithSummary("Submissions you may read: your organization's, assigned ones, or all for organizers.");
        api.MapGet("/submissions/{id:int}", SubmissionAsync).WithName("GetSubmission")
            .WithSummary("A submission; applicants see the decision and released review comments.");
        api.MapPut("/submissions/{id:int}", EditAsync).WithName("EditSubmission").WithSummary("Edits a draft of your organization.");
        api.MapPost("/submissions/{id:int}/submit", SubmitAsync).WithName("SubmitSubmission")
            .WithSummary("Submits a draft: eligibility checked, refused after the deadline by server time.");
        api.MapPost("/submissions/{id:int}/withdraw", WithdrawAsync).WithName("WithdrawSubmission").WithSummary("Withdraws your submission until it is decided.");
        // Multipart without an antiforgery token: the sign-in cookie is SameSite=Lax, so no other site can post it here.
        api.MapPost("/submissions/{id:int}/attachments", AttachAsync).DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes))
            .WithName("AttachFile").WithSummary("Attaches a file (multipart field 'file') to a draft, within the call's types and limits.");
        api.MapGet("/submissions/{id:int}/attachments/{attachmentId:int}", DownloadAsync).WithName("DownloadAttachment")
            .WithSummary("Downloads an attachment of a submission you may read.");
        api.MapGet("/reviews", AssignmentsAsync).WithName("ListMyReviews").WithSummary("The reviews assigned to you (reviewers).");
        api.MapGet("/reviews/{id:int}", ReviewAsync).WithName("GetReview")
            .WithSummary("Your review with the submission and rubric; other reviewers' scores only after you submit yours.");
        api.MapPost("/reviews/{id:int}", ScoreAsync).WithName("SubmitReview").WithSummary("Submits your scores, one per criterion, with comments; final.");
        api.MapPost("/reviewer/conflicts", DeclareAsync).WithName("DeclareConflict")
            .WithSummary("Declares a conflict of interest with an organization (external id); its submissions are not assigned to you.");

        var organizer = api.MapGroup("").RequireAuthorization(Policies.Operator);
        organizer.MapPost("/calls", CreateAsync).WithName("CreateCall").WithSummary("Opens a call; the deadline is local time in timeZone (IANA).");
        organizer.MapPost("/calls/{slug}/assignments", AssignAsync).WithName("AssignReviewers")
            .WithSummary("Assigns reviewers to every submitted submission: balanced loads, no conflicts of interest, both clusters where possible.");
        organizer.MapGet("/calls/{slug}/ranking", RankingAsync).WithName("RankSubmissions")
            .WithSummary("Submissions ranked by per-reviewer z-scores weighted by the rubric, with reviewer spread flagged.");
        organizer.MapPost("/submissions/{id:int}/reviewers", AddReviewerAsync).WithName("AddReviewer")
            .WithSummary("Assigns a reviewer by hand (e-mail), refused on a conflict of interest.");
        organizer.MapDelete("/reviews/{id:int}", RemoveReviewerAsync).WithName("RemoveReviewer").WithSummary("Takes a reviewer off before they submit.");
        organizer.MapPost("/submissions/{id:int}/decision", DecideAsync).WithName("DecideSubmission")
            .WithSummary("Records funded (awarded), rejected or waitlist, and which reviews' comments the applicant reads; a funded joint R&D proposal starts a joint project.");
        return app;
    }

    static async Task<Results<Ok<CallItem>, NotFound>> CallAsync(string slug, ReviewQueries queries, CancellationToken ct) =>
        await queries.CallAsync(slug, ct) is { } call ? TypedResults.Ok(call) : TypedResults.NotFound();

    static async Task<Results<Created<CallItem>, ValidationProblem, ProblemHttpResult>> CreateAsync(CallInput body, CreateCall create,
        ReviewQueries queries, CancellationToken ct) =>
        await (await create.HandleAsync(body, ct)).ToResultAsync(async call =>
            TypedResults.Created($"/api/v1/calls/{call.Slug}", await queries.CallAsync(call.Slug, ct)));

    static async Task<Results<Created<SubmissionItem>, ValidationProblem, ProblemHttpResult>> DraftAsync(string slug, SubmissionInput body,
        ReviewActor actor, DraftSubmission draft, ReviewQueries queries, CancellationToken ct) =>
        await (await draft.CreateAsync(actor, slug, body, ct)).ToResultAsync(async created =>
            TypedResults.Created($"/api/v1/submissions/{created.Id}", await queries.SubmissionAsync(actor, created.Id, ct)));

    static async Task<Ok<IReadOnlyList<SubmissionSummary>>> SubmissionsAsync(ReviewActor actor, ReviewQueries queries, CancellationToken ct,
        string? call = null) =>
        TypedResults.Ok(await queries.SubmissionsAsync(actor, call, ct));

    static async Task<Results<Ok<SubmissionItem>, NotFound>> SubmissionAsync(int id, ReviewActor actor, ReviewQueries queries, CancellationToken ct) =>
        await queries.SubmissionAsync(actor, id, ct) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound();

    /// <summary>Runs a use case on a submission and answers with the submission as the actor now sees it.</summary>
    static async Task<Results<Ok<SubmissionItem>, ValidationProblem, ProblemHttpResult>> ChangeAsync(int id, ReviewActor actor, ReviewQueries queries,
        Func<Task<Outcome>> change, CancellationToken ct) =>
        await (await change()).ToResultAsync(async () => TypedResults.Ok(await queries.SubmissionAsync(actor, id, ct)));

    static Task<Results<Ok<SubmissionItem>, ValidationProblem, ProblemHttpResult>> EditAsync(int id, SubmissionInput body, ReviewActor actor,
        DraftSubmission draft, ReviewQueries queries, CancellationToken ct) =>
        ChangeAsync(id, actor, queries, () => draft.EditAsync(actor, id, body, ct), ct);

    static Task<Results<Ok<SubmissionItem>, ValidationProblem, ProblemHttpResult>> SubmitAsync(int id, ReviewActor actor, SubmitSubmission submit,
        ReviewQueries queries, CancellationToken ct) =>
        ChangeAsync(id, actor, queries, () => submit.SubmitAsync(actor, id, ct), ct);

    static Task<Results<Ok<SubmissionItem>, ValidationProblem, ProblemHttpResult>> WithdrawAsync(int id, ReviewActor actor, SubmitSubmission submit,
        ReviewQueries queries, CancellationToken ct) =>
        ChangeAsync(id, actor, queries, () => submit.WithdrawAsync(actor, id, ct), ct);

    static Task<Results<Ok<SubmissionItem>, ValidationProblem, ProblemHttpResult>> DecideAsync(int id, DecisionInput body, ReviewActor actor,
        DecideSubmission decide, ReviewQueries queries, CancellationToken ct) =>
        ChangeAsync(id, actor, queries, () => decide.HandleAsync(id, body, ct), ct);

    static async Task<Results<Created<AttachmentItem>, ValidationProblem, ProblemHttpResult>> AttachAsync(int id, IFormFile? file, ReviewActor actor,
        AttachFile attach, CancellationToken ct)
    {
        if (file is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [ReviewText.Say("Send the file as multipart form field 'file'.")] });
        await using var stream = file.OpenReadStream();
        return (await attach.HandleAsync(actor, id, file.FileName, stream, file.Length, ct)).ToResult(attached =>
            TypedResults.Created($"/api/v1/submissions/{id}/attachments/{attached.Id}",
                new AttachmentItem(attached.Id, attached.FileName, attached.ContentType, attached.Size)));
    }

    static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(int id, int attachmentId, ReviewActor actor, ReviewQueries queries,
        CancellationToken ct) =>
        await queries.AttachmentAsync(actor, id, attachmentId, ct) is { } attachment
            ? TypedResults.File(attachment.Content, attachment.ContentType, attachment.FileName)
            : TypedResults.NotFound();

    static async Task<Ok<IReadOnlyList<AssignmentItem>>> AssignmentsAsync(ReviewActor actor, ReviewQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.AssignmentsAsync(actor, ct));

    static async Task<Results<Ok<ReviewView>, NotFound>> ReviewAsync(int id, ReviewActor actor, ReviewQueries queries, CancellationToken ct) =>
        await queries.ReviewAsync(actor, id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    static async Task<Results<Ok<ReviewView>, ValidationProblem, ProblemHttpResult>> ScoreAsync(int id, ReviewInput body, ReviewActor actor,
        ScoreReview score, ReviewQueries queries, CancellationToken ct) =>
        await (await score.HandleAsync(actor, id, body, ct)).ToResultAsync(async () => TypedResults.Ok(await queries.ReviewAsync(actor, id, ct)));

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeclareAsync(ConflictBody body, ReviewActor actor,
        DeclareConflict declare, CancellationToken ct) =>
        (await declare.HandleAsync(actor, body.Organization ?? "", body.Reason, ct)).ToResult(TypedResults.NoContent);

    static async Task<Results<Ok<AssignmentResult>, ValidationProblem, ProblemHttpResult>> AssignAsync(string slug, AssignmentBody? body,
        AssignReviewers assign, CancellationToken ct) =>
        (await assign.AutomaticAsync(slug, body?.MaxPerReviewer, ct)).ToResult(TypedResults.Ok);

    static async Task<Results<Ok<RankingView>, NotFound>> RankingAsync(string slug, ReviewQueries queries, CancellationToken ct) =>
        await queries.RankingAsync(slug, ct) is { } ranking ? TypedResults.Ok(ranking) : TypedResults.NotFound();

    static async Task<Results<Created<ReviewerAdded>, ValidationProblem, ProblemHttpResult>> AddReviewerAsync(int id, ReviewerBody body,
        AssignReviewers assign, CancellationToken ct) =>
        (await assign.AddAsync(id, body.Email ?? "", ct)).ToResult(review =>
            TypedResults.Created($"/api/v1/reviews/{review.Id}", new ReviewerAdded(review.Id, review.SubmissionId)));

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveReviewerAsync(int id, AssignReviewers assign,
        CancellationToken ct) =>
        (await assign.RemoveAsync(id, ct)).ToResult(TypedResults.NoContent);
}
