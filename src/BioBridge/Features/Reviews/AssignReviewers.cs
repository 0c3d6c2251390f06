using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

/// <summary>
/// The organizer assigns reviewers: automatically for every submitted submission of a call (existing assignments stay and
/// count), or by hand for one submission, checked against the same conflicts of interest.
/// </summary>
public sealed class AssignReviewers(AppDb db, UserManager<AppUser> users, TimeProvider clock)
{
    public async Task<Outcome<AssignmentResult>> AutomaticAsync(string callSlug, int? maxPerReviewer, CancellationToken ct)
    {
        var call = await db.Calls.SingleOrDefaultAsync(c => c.Slug == callSlug, ct);
        if (call is null)
            return Outcome.NotFound(ReviewText.Say($"Call '{callSlug}' does not exist."));
        if (maxPerReviewer is < 1)
            return Outcome.Invalid("maxPerReviewer", ReviewText.Say("The limit per reviewer is at least 1."));
        var submissions = await SubmittedAsync(db.Submissions.Where(s => s.CallId == call.Id), ct);
        if (submissions.Count == 0)
            return Outcome.Conflict(ReviewText.Say($"Call '{callSlug}' has no submitted submissions to review yet."));
        var panel = await PanelAsync(ct);
        var ids = submissions.Select(s => s.Id).ToList();
        var kept = await db.Reviews.Where(r => ids.Contains(r.SubmissionId))
            .Select(r => new AssignmentPair(r.SubmissionId, r.ReviewerId)).ToListAsync(ct);
        var (plan, error) = ReviewerAssignment.Plan(submissions, panel.Select(m => m.Reviewer).ToList(), call.ReviewersPerSubmission, kept, maxPerReviewer);
        if (plan is null)
            return Outcome.Conflict(error!);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Reviews.AddRange(plan.Pairs.Select(p => new Review { SubmissionId = p.SubmissionId, ReviewerId = p.ReviewerId, AssignedAt = now }));
        if (!await SavedAsync(ct))
            return Outcome.Conflict(ReviewText.Say($"The reviewers of call '{callSlug}' changed meanwhile; run the assignment again."));
        var names = panel.ToDictionary(r => r.Id, r => r.Label);
        return Outcome.Success(new AssignmentResult(plan.Pairs.Count, submissions.Count, plan.Loads.ToDictionary(l => names[l.Key], l => l.Value)));
    }

    /// <summary>Adds a reviewer to a submission by hand; refused with the reason when they have a conflict of interest.</summary>
    public async Task<Outcome<Review>> AddAsync(int submissionId, string reviewerEmail, CancellationToken ct)
    {
        var submission = (await SubmittedAsync(db.Submissions.Where(s => s.Id == submissionId), ct)).SingleOrDefault();
        if (submission is null)
            return Outcome.NotFound(ReviewText.Say($"Submission {submissionId} does not exist or is not submitted."));
        var reviewer = (await PanelAsync(ct)).SingleOrDefault(r => string.Equals(r.Email, reviewerEmail.Trim(), StringComparison.OrdinalIgnoreCase));
        if (reviewer is null)
            return Outcome.Invalid("reviewer", ReviewText.Say($"'{reviewerEmail}' is not a reviewer: give the e-mail of a user with the reviewer role."));
        if (ReviewerAssignment.Conflict(reviewer.Reviewer, submission) is { } conflict)
            return Outcome.Conflict(conflict);
        if (await db.Reviews.AnyAsync(r => r.SubmissionId == submissionId && r.ReviewerId == reviewer.Id, ct))
            return Outcome.Conflict(ReviewText.Say($"{reviewer.Label} already reviews submission '{submission.Label}'."));
        var review = new Review { SubmissionId = submissionId, ReviewerId = reviewer.Id, Manual = true, AssignedAt = clock.GetUtcNow().UtcDateTime };
        db.Reviews.Add(review);
        if (!await SavedAsync(ct))
            return Outcome.Conflict(ReviewText.Say($"{reviewer.Label} already reviews submission '{submission.Label}'."));
        return Outcome.Success(review);
    }

    /// <summary>Takes a reviewer off a submission, as long as they have not submitted their scores.</summary>
    public async Task<Outcome> RemoveAsync(int reviewId, CancellationToken ct)
    {
        var review = await db.Reviews.SingleOrDefaultAsync(r => r.Id == reviewId, ct);
        if (review is null)
            return Outcome.NotFound(ReviewText.Say($"Review {reviewId} does not exist."));
        if (review.IsSubmitted)
            return Outcome.Conflict(ReviewText.Say($"Review {reviewId} has been submitted; submitted reviews stay."));
        db.Reviews.Remove(review);
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>Saves; false when a parallel assignment of the same pair won the race (the unique index keeps one).</summary>
    async Task<bool> SavedAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e.IsConstraintViolation())
        {
            return false;
        }
    }

    sealed record PanelMember(AssignmentReviewer Reviewer, string? Email)
    {
        public string Id => Reviewer.Id;
        public string Label => Reviewer.Label;
    }

    async Task<List<AssignmentSubmission>> SubmittedAsync(IQueryable<Submission> query, CancellationToken ct)
    {
        var rows = await query.Where(s => s.Status == SubmissionStatus.Submitted).OrderBy(s => s.Id)
            .Select(s => new
            {
                s.Id, s.Title, s.OrganizationId, Cluster = s.Organization!.ClusterId,
                Partners = s.Partners.Select(p => new { p.OrganizationId, p.Organization!.ClusterId }).ToList(),
            }).ToListAsync(ct);
        return rows.Select(s => new AssignmentSubmission(s.Id, s.Title,
            s.Partners.Select(p => p.OrganizationId).Append(s.OrganizationId).ToHashSet(),
            s.Partners.Select(p => p.ClusterId).Append(s.Cluster).ToHashSet())).ToList();
    }

    /// <summary>The review panel: every user with the reviewer role, with the conflicts they declared.</summary>
    async Task<List<PanelMember>> PanelAsync(CancellationToken ct)
    {
        var reviewers = await users.GetUsersInRoleAsync(Roles.Reviewer);
        var ids = reviewers.Select(r => r.Id).ToList();
        var declared = (await db.ReviewerConflicts.Where(c => ids.Contains(c.ReviewerId)).Select(c => new { c.ReviewerId, c.OrganizationId }).ToListAsync(ct))
            .ToLookup(c => c.ReviewerId, c => c.OrganizationId);
        return reviewers.OrderBy(r => r.Email, StringComparer.Ordinal).Select(r => new PanelMember(
            new AssignmentReviewer(r.Id, r.DisplayName ?? r.Email ?? r.Id, r.OrganizationId, r.ClusterId, declared[r.Id].ToHashSet()), r.Email)).ToList();
    }
}
