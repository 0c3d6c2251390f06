using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
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

    static async Task<(ReviewActor? Actor, IResult? Denied)> ActorAsync(HttpContext http, UserManager<AppUser> users)
    {
        var actor = await ReviewActor.FromAsync(http.User, users);
        return actor is null ? (null, TypedResults.Unauthorized()) : (actor, null);
    }

    static async Task<IResult> CallAsync(string slug, ReviewQueries queries, CancellationToken ct) =>
        await queries.CallAsync(slug, ct) is { } call ? TypedResults.Ok(call) : TypedResults.NotFound();

    static async Task<IResult> CreateAsync(CallInput body, CreateCall create, ReviewQueries queries, CancellationToken ct)
    {
        var (outcome, call) = await create.HandleAsync(body, ct);
        return outcome.Succeeded ? TypedResults.Created($"/api/v1/calls/{call!.Slug}", await queries.CallAsync(call.Slug, ct)) : outcome.ToProblem();
    }

    static async Task<IResult> DraftAsync(string slug, SubmissionInput body, HttpContext http, UserManager<AppUser> users, DraftSubmission draft,
        ReviewQueries queries, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var (outcome, created) = await draft.CreateAsync(actor, slug, body, ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/submissions/{created!.Id}", await queries.SubmissionAsync(actor, created.Id, ct))
            : outcome.ToProblem();
    }

    static async Task<IResult> SubmissionsAsync(HttpContext http, UserManager<AppUser> users, ReviewQueries queries, CancellationToken ct, string? call = null)
    {
        var (actor, denied) = await ActorAsync(http, users);
        return actor is null ? denied! : TypedResults.Ok(await queries.SubmissionsAsync(actor, call, ct));
    }

    static async Task<IResult> SubmissionAsync(int id, HttpContext http, UserManager<AppUser> users, ReviewQueries queries, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        return await queries.SubmissionAsync(actor, id, ct) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound();
    }

    /// <summary>Runs a use case on a submission and answers with the submission as the actor now sees it.</summary>
    static async Task<IResult> ChangeAsync(int id, HttpContext http, UserManager<AppUser> users, ReviewQueries queries,
        Func<ReviewActor, Task<Outcome>> change, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var outcome = await change(actor);
        return outcome.Succeeded ? TypedResults.Ok(await queries.SubmissionAsync(actor, id, ct)) : outcome.ToProblem();
    }

    static Task<IResult> EditAsync(int id, SubmissionInput body, HttpContext http, UserManager<AppUser> users, DraftSubmission draft, ReviewQueries queries,
        CancellationToken ct) => ChangeAsync(id, http, users, queries, actor => draft.EditAsync(actor, id, body, ct), ct);

    static Task<IResult> SubmitAsync(int id, HttpContext http, UserManager<AppUser> users, SubmitSubmission submit, ReviewQueries queries,
        CancellationToken ct) => ChangeAsync(id, http, users, queries, actor => submit.SubmitAsync(actor, id, ct), ct);

    static Task<IResult> WithdrawAsync(int id, HttpContext http, UserManager<AppUser> users, SubmitSubmission submit, ReviewQueries queries,
        CancellationToken ct) => ChangeAsync(id, http, users, queries, actor => submit.WithdrawAsync(actor, id, ct), ct);

    static Task<IResult> DecideAsync(int id, DecisionInput body, HttpContext http, UserManager<AppUser> users, DecideSubmission decide,
        ReviewQueries queries, CancellationToken ct) => ChangeAsync(id, http, users, queries, _ => decide.HandleAsync(id, body, ct), ct);

    static async Task<IResult> AttachAsync(int id, IFormFile? file, HttpContext http, UserManager<AppUser> users, AttachFile attach, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        if (file is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Send the file as multipart form field 'file'."] });
        await using var stream = file.OpenReadStream();
        var (outcome, attached) = await attach.HandleAsync(actor, id, file.FileName, stream, file.Length, ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/submissions/{id}/attachments/{attached!.Id}",
                new AttachmentItem(attached.Id, attached.FileName, attached.ContentType, attached.Size))
            : outcome.ToProblem();
    }

    static async Task<IResult> DownloadAsync(int id, int attachmentId, HttpContext http, UserManager<AppUser> users, ReviewQueries queries, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var attachment = await queries.AttachmentAsync(actor, id, attachmentId, ct);
        return attachment is null ? TypedResults.NotFound() : TypedResults.File(attachment.Content, attachment.ContentType, attachment.FileName);
    }

    static async Task<IResult> AssignmentsAsync(HttpContext http, UserManager<AppUser> users, ReviewQueries queries, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        return actor is null ? denied! : TypedResults.Ok(await queries.AssignmentsAsync(actor, ct));
    }

    static async Task<IResult> ReviewAsync(int id, HttpContext http, UserManager<AppUser> users, ReviewQueries queries, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        return await queries.ReviewAsync(actor, id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
    }

    static async Task<IResult> ScoreAsync(int id, ReviewInput body, HttpContext http, UserManager<AppUser> users, ScoreReview score, ReviewQueries queries,
        CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var outcome = await score.HandleAsync(actor, id, body, ct);
        return outcome.Succeeded ? TypedResults.Ok(await queries.ReviewAsync(actor, id, ct)) : outcome.ToProblem();
    }

    static async Task<IResult> DeclareAsync(ConflictBody body, HttpContext http, UserManager<AppUser> users, DeclareConflict declare, CancellationToken ct)
    {
        var (actor, denied) = await ActorAsync(http, users);
        if (actor is null)
            return denied!;
        var outcome = await declare.HandleAsync(actor, body.Organization ?? "", body.Reason, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.ToProblem();
    }

    static async Task<IResult> AssignAsync(string slug, AssignmentBody? body, AssignReviewers assign, CancellationToken ct)
    {
        var (outcome, result) = await assign.AutomaticAsync(slug, body?.MaxPerReviewer, ct);
        return outcome.Succeeded ? TypedResults.Ok(result) : outcome.ToProblem();
    }

    static async Task<IResult> RankingAsync(string slug, ReviewQueries queries, CancellationToken ct) =>
        await queries.RankingAsync(slug, ct) is { } ranking ? TypedResults.Ok(ranking) : TypedResults.NotFound();

    static async Task<IResult> AddReviewerAsync(int id, ReviewerBody body, AssignReviewers assign, CancellationToken ct)
    {
        var (outcome, review) = await assign.AddAsync(id, body.Email ?? "", ct);
        return outcome.Succeeded ? TypedResults.Created($"/api/v1/reviews/{review!.Id}", new { review.Id, review.SubmissionId }) : outcome.ToProblem();
    }

    static async Task<IResult> RemoveReviewerAsync(int id, AssignReviewers assign, CancellationToken ct)
    {
        var outcome = await assign.RemoveAsync(id, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.ToProblem();
    }
}
