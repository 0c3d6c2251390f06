using BioBridge.Data;
using BioBridge.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

/// <summary>Reads of calls, submissions and reviews; every read of a submission goes through the actor's scope filter.</summary>
public sealed class ReviewQueries(AppDb db, TimeProvider clock)
{
    public async Task<IReadOnlyList<CallItem>> CallsAsync(bool openOnly, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var calls = await CallQuery().Where(c => c.IsPublished && (!openOnly || c.DeadlineUtc >= now)).OrderBy(c => c.DeadlineUtc).ToListAsync(ct);
        return calls.Select(Item).ToList();
    }

    public async Task<CallItem?> CallAsync(string slug, CancellationToken ct) =>
        await CallQuery().SingleOrDefaultAsync(c => c.Slug == slug && c.IsPublished, ct) is { } call ? Item(call) : null;

    IQueryable<Call> CallQuery() => db.Calls.AsNoTracking().Include(c => c.Criteria).Include(c => c.Event).Include(c => c.Agreement);

    public CallItem Item(Call c) => new(c.Slug, CallKinds.Code(c.Kind), LocalizedDto.From(c.Title), LocalizedDto.From(c.Text), c.DeadlineUtc,
        c.DeadlineShown, c.TimeZone, CallRules.IsOpen(c.DeadlineUtc, clock.GetUtcNow()), c.EligibleClusterIds, c.RequiredClusterIds,
        c.ReviewersPerSubmission, c.Criteria.OrderBy(k => k.Position).Select(k => new CriterionItem(k.Id, LocalizedDto.From(k.Name), k.Weight, k.ScaleMin, k.ScaleMax, k.NameVersions)).ToList(),
        c.AttachmentTypes, c.MaxAttachmentBytes, c.MaxAttachments, c.SpreadThreshold, c.Event?.Slug, c.Agreement?.Slug, c.TitleVersions, c.TextVersions);

    /// <summary>Organizations a consortium may add as partners, by cluster and name; the lead itself left out.</summary>
    public async Task<IReadOnlyList<OrganizationRef>> PartnerChoicesAsync(int leadOrganizationId, CancellationToken ct) =>
        (await db.Organizations.AsNoTracking().Where(o => o.IsPublished && o.Id != leadOrganizationId).ToListAsync(ct))
        .Select(Ref).OrderBy(o => o.Cluster, StringComparer.Ordinal).ThenBy(o => o.Name.En ?? o.Name.Ko ?? o.Name.Zh, StringComparer.Ordinal).ToList();

    /// <summary>The review panel: users with the reviewer role, for the organizer's manual assignment.</summary>
    public async Task<IReadOnlyList<PanelReviewer>> PanelAsync(CancellationToken ct) =>
        await (from user in db.Users
               join link in db.UserRoles on user.Id equals link.UserId
               join role in db.Roles on link.RoleId equals role.Id
               where role.Name == Accounts.Roles.Reviewer
               orderby user.Email
               select new PanelReviewer(user.Email!, user.DisplayName ?? user.Email!, user.ClusterId)).ToListAsync(ct);

    IQueryable<Submission> WithParties(IQueryable<Submission> query) => query.AsNoTracking()
        .Include(s => s.Call).Include(s => s.Organization).Include(s => s.Partners).ThenInclude(p => p.Organization);

    static OrganizationRef Ref(Organization o) => new(o.ExternalId, LocalizedDto.From(o.Name), o.ClusterId);

    static SubmissionSummary Summary(Submission s) => new(s.Id, s.Call!.Slug, CallKinds.Code(s.Call.Kind), LocalizedDto.From(s.Call.Title), s.Title,
        s.Status.ToString().ToLowerInvariant(), Ref(s.Organization!), s.Partners.Select(p => Ref(p.Organization!)).ToList(),
        s.Decision.ToString().ToLowerInvariant(), s.SubmittedAt);

    /// <summary>The submissions the actor may read, newest first; of one call when <paramref name="callSlug"/> is given.</summary>
    public async Task<IReadOnlyList<SubmissionSummary>> SubmissionsAsync(ReviewActor actor, string? callSlug, CancellationToken ct)
    {
        var query = WithParties(actor.Visible(db));
        if (callSlug is not null)
            query = query.Where(s => s.Call!.Slug == callSlug);
        return (await query.OrderByDescending(s => s.Id).ToListAsync(ct)).Select(Summary).ToList();
    }

    /// <summary>
    /// One submission as the actor may see it: organizers see every review with its reviewer; applicants see the decision and
    /// the comments of released reviews only, without names or scores; reviewers see no reviews here.
    /// </summary>
    public async Task<SubmissionItem?> SubmissionAsync(ReviewActor actor, int id, CancellationToken ct)
    {
        var s = await WithParties(actor.Visible(db)).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (s is null)
            return null;
        var attachments = await db.SubmissionAttachments.Where(a => a.SubmissionId == id).OrderBy(a => a.Id)
            .Select(a => new AttachmentItem(a.Id, a.FileName, a.ContentType, a.Size)).ToListAsync(ct);
        var applicant = !actor.IsOrganizer && actor.ApplicantOrganization is { } org && (s.OrganizationId == org || s.Partners.Any(p => p.OrganizationId == org));
        IReadOnlyList<ReviewItem> reviews = [];
        if (actor.IsOrganizer)
            reviews = await ReviewsAsync(db.Reviews.Where(r => r.SubmissionId == id), named: true, withScores: true, ct);
        else if (applicant && s.Decision != Decision.None)
            reviews = await ReviewsAsync(db.Reviews.Where(r => r.SubmissionId == id && r.Released && r.SubmittedAt != null), named: false, withScores: false, ct);
        var call = s.Call!;
        var problems = s.Status == SubmissionStatus.Draft
            ? CallRules.Eligibility(call.Kind, call.EligibleClusterIds, call.RequiredClusterIds, SubmitSubmission.Applicant(s.Organization!),
                s.Partners.Select(p => SubmitSubmission.Applicant(p.Organization!)).ToList())
            : [];
        var canEdit = actor.ApplicantOrganization == s.OrganizationId;
        return new SubmissionItem(Summary(s), s.Summary, applicant || actor.IsOrganizer ? s.DecisionNote : null, s.DecidedAt, s.JointProjectId, s.CreatedAt, canEdit,
            attachments, problems, reviews);
    }

    async Task<IReadOnlyList<ReviewItem>> ReviewsAsync(IQueryable<Review> query, bool named, bool withScores, CancellationToken ct)
    {
        var rows = await query.AsNoTracking().Include(r => r.Scores).Include(r => r.Reviewer).OrderBy(r => r.Id).ToListAsync(ct);
        return rows.Select(r => new ReviewItem(r.Id, named ? r.Reviewer!.DisplayName ?? r.Reviewer.Email : null, named ? r.Reviewer!.ClusterId : null,
            r.Manual, r.IsSubmitted, r.SubmittedAt, r.Comment, r.Released,
            r.Scores.OrderBy(x => x.CriterionId).Select(x => new ScoreItem(x.CriterionId, withScores ? x.Value : null, x.Comment)).ToList())).ToList();
    }

    public async Task<SubmissionAttachment?> AttachmentAsync(ReviewActor actor, int submissionId, int attachmentId, CancellationToken ct) =>
        await actor.Visible(db).Where(s => s.Id == submissionId)
            .SelectMany(s => s.Attachments).AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId, ct);

    /// <summary>The reviews assigned to the signed-in reviewer, open ones first.</summary>
    public async Task<IReadOnlyList<AssignmentItem>> AssignmentsAsync(ReviewActor actor, CancellationToken ct)
    {
        var reviewer = actor.IsReviewer ? actor.User.Id : null;
        var rows = await db.Reviews.AsNoTracking().Where(r => reviewer != null && r.ReviewerId == reviewer && r.Submission!.Status == SubmissionStatus.Submitted)
            .Include(r => r.Submission).ThenInclude(s => s!.Call).ToListAsync(ct);
        return rows.OrderBy(r => r.IsSubmitted).ThenBy(r => r.Id).Select(Assignment).ToList();
    }

    static AssignmentItem Assignment(Review r) => new(r.Id, r.SubmissionId, r.Submission!.Title, r.Submission.Call!.Slug,
        LocalizedDto.From(r.Submission.Call.Title), r.IsSubmitted, r.AssignedAt);

    /// <summary>A reviewer's own review; the other reviewers' scores only once theirs is submitted, and without names.</summary>
    public async Task<ReviewView?> ReviewAsync(ReviewActor actor, int reviewId, CancellationToken ct)
    {
        var reviewer = actor.IsReviewer ? actor.User.Id : null;
        var review = await db.Reviews.AsNoTracking().Include(r => r.Submission).ThenInclude(s => s!.Call)
            .SingleOrDefaultAsync(r => reviewer != null && r.Id == reviewId && r.ReviewerId == reviewer && r.Submission!.Status == SubmissionStatus.Submitted, ct);
        if (review is null)
            return null;
        var call = await CallQuery().SingleAsync(c => c.Id == review.Submission!.CallId, ct);
        var submission = (await SubmissionAsync(actor, review.SubmissionId, ct))!;
        var mine = (await ReviewsAsync(db.Reviews.Where(r => r.Id == reviewId), named: false, withScores: true, ct)).Single();
        IReadOnlyList<ReviewItem> others = review.IsSubmitted
            ? await ReviewsAsync(db.Reviews.Where(r => r.SubmissionId == review.SubmissionId && r.Id != reviewId && r.SubmittedAt != null), named: false, withScores: true, ct)
            : [];
        return new ReviewView(Assignment(review), Item(call), submission, mine, others);
    }

    /// <summary>The organizer's ranking of a call's submitted submissions (see SubmissionRanking), unscored ones last.</summary>
    public async Task<RankingView?> RankingAsync(string callSlug, CancellationToken ct)
    {
        var call = await CallQuery().SingleOrDefaultAsync(c => c.Slug == callSlug, ct);
        if (call is null)
            return null;
        var submissions = await WithParties(db.Submissions.Where(s => s.CallId == call.Id && s.Status == SubmissionStatus.Submitted)).ToListAsync(ct);
        var ids = submissions.Select(s => s.Id).ToList();
        var reviews = await ReviewsAsync(db.Reviews.Where(r => ids.Contains(r.SubmissionId)), named: true, withScores: true, ct);
        var bySubmission = (await db.Reviews.Where(r => ids.Contains(r.SubmissionId)).Select(r => new { r.Id, r.SubmissionId, r.ReviewerId }).ToListAsync(ct))
            .ToDictionary(r => r.Id);
        var submitted = reviews.Where(r => r.Submitted).Select(r => new RankingReview(bySubmission[r.Id].SubmissionId, bySubmission[r.Id].ReviewerId,
            r.Scores.ToDictionary(x => x.Criterion, x => x.Value!.Value))).ToList();
        var ranked = SubmissionRanking.Rank(call.Rubric, submitted, call.SpreadThreshold).ToDictionary(r => r.SubmissionId);
        var rows = submissions.Select(s =>
        {
            var details = reviews.Where(r => bySubmission[r.Id].SubmissionId == s.Id).ToList();
            var rank = ranked.GetValueOrDefault(s.Id);
            return new RankingRow(rank?.Rank, Summary(s), rank?.Normalized, rank?.Raw, rank?.Spread, rank?.Flagged ?? false, rank?.Reviews ?? 0,
                details.Count, details);
        }).OrderBy(r => r.Rank ?? int.MaxValue).ThenBy(r => r.Submission.Id).ToList();
        return new RankingView(Item(call), rows);
    }
}
