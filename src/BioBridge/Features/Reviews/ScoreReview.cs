using BioBridge.Data;
using BioBridge.Features.Cooperation;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

public sealed record ScoreInput(int Criterion, int Value, string? Comment);

public sealed record ReviewInput(IReadOnlyList<ScoreInput>? Scores, string? Comment);

/// <summary>A reviewer submits their scores for an assigned submission; final once submitted.</summary>
public sealed class ScoreReview(AppDb db, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(ReviewActor actor, int reviewId, ReviewInput input, CancellationToken ct)
    {
        var review = await db.Reviews.Include(r => r.Submission)
            .SingleOrDefaultAsync(r => r.Id == reviewId && r.ReviewerId == actor.User.Id && actor.IsReviewer, ct);
        if (review is null)
            return Outcome.NotFound($"Review {reviewId} does not exist or is not assigned to you.");
        if (review.Submission!.Status != SubmissionStatus.Submitted)
            return Outcome.Conflict($"Submission {review.SubmissionId} was withdrawn; it needs no review.");
        var rubric = await db.Calls.Where(c => c.Id == review.Submission.CallId).SelectMany(c => c.Criteria).OrderBy(c => c.Position).ToListAsync(ct);
        var given = input.Scores ?? [];
        var duplicate = given.GroupBy(s => s.Criterion).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            return Outcome.Invalid($"scores[{duplicate.Key}]", $"Criterion {duplicate.Key} is scored twice.");
        var outcome = review.Score(rubric, given.ToDictionary(s => s.Criterion, s => (s.Value, s.Comment)), input.Comment, clock.GetUtcNow().UtcDateTime);
        if (!outcome.Succeeded)
            return outcome;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsConstraintViolation())
        {
            return Outcome.Conflict($"Review {reviewId} was submitted meanwhile; submitted scores are final.");
        }
        return outcome;
    }
}

/// <summary>A reviewer declares a conflict of interest with an organization: its submissions are never assigned to them.</summary>
public sealed class DeclareConflict(AppDb db, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(ReviewActor actor, string organizationExternalId, string? reason, CancellationToken ct)
    {
        if (!actor.IsReviewer)
            return Outcome.Forbidden("Only reviewers declare conflicts of interest.");
        var organizationId = await db.Organizations.Where(o => o.ExternalId == organizationExternalId).Select(o => (int?)o.Id).SingleOrDefaultAsync(ct);
        if (organizationId is null)
            return Outcome.Invalid("organization", $"Unknown organization '{organizationExternalId}'.");
        if (reason?.Length > ReviewerConflict.MaxReasonLength)
            return Outcome.Invalid("reason", $"The reason has at most {ReviewerConflict.MaxReasonLength} characters.");
        if (await db.ReviewerConflicts.AnyAsync(c => c.ReviewerId == actor.User.Id && c.OrganizationId == organizationId, ct))
            return Outcome.Ok;
        db.ReviewerConflicts.Add(new ReviewerConflict
        {
            ReviewerId = actor.User.Id, OrganizationId = organizationId.Value, Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            DeclaredAt = clock.GetUtcNow().UtcDateTime,
        });
        // Open assignments to that organization's submissions end now; submitted reviews stay as they were given.
        var open = await db.Reviews.Where(r => r.ReviewerId == actor.User.Id && r.SubmittedAt == null
            && (r.Submission!.OrganizationId == organizationId || r.Submission.Partners.Any(p => p.OrganizationId == organizationId))).ToListAsync(ct);
        db.Reviews.RemoveRange(open);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsConstraintViolation())
        {
            // The same declaration sent twice at once: the first one stands.
        }
        return Outcome.Ok;
    }
}

public sealed record DecisionInput(string? Decision, string? Note, IReadOnlyList<int>? ReleasedReviews);

/// <summary>
/// The organizer records the decision on a submitted submission and chooses which reviews' comments the applicant reads.
/// A funded joint R&amp;D proposal becomes an active joint project of cooperation tracking, with its consortium and the
/// call's agreement, in the same transaction.
/// </summary>
public sealed class DecideSubmission(AppDb db, StartJointProject startProject, TimeProvider clock)
{
    public static Decision? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "funded" or "awarded" => Decision.Funded,
        "rejected" => Decision.Rejected,
        "waitlist" or "waitlisted" => Decision.Waitlist,
        _ => null,
    };

    public async Task<Outcome> HandleAsync(int submissionId, DecisionInput input, CancellationToken ct)
    {
        var submission = await db.Submissions.Include(s => s.Call).ThenInclude(c => c!.Agreement).Include(s => s.Organization)
            .Include(s => s.Partners).ThenInclude(p => p.Organization).SingleOrDefaultAsync(s => s.Id == submissionId, ct);
        if (submission is null)
            return Outcome.NotFound($"Submission {submissionId} does not exist.");
        if (Parse(input.Decision) is not { } decision)
            return Outcome.Invalid("decision", $"The decision is funded (awarded), rejected or waitlist, not '{input.Decision}'.");
        var reviews = await db.Reviews.Where(r => r.SubmissionId == submissionId).ToListAsync(ct);
        var released = input.ReleasedReviews ?? [];
        var unknown = released.Where(id => reviews.All(r => r.Id != id || !r.IsSubmitted)).ToList();
        if (unknown.Count > 0)
            return Outcome.Invalid("releasedReviews", $"Review(s) {string.Join(", ", unknown)} are not submitted reviews of submission {submissionId}.");
        var now = clock.GetUtcNow();
        var outcome = submission.Decide(decision, input.Note, now.UtcDateTime);
        if (!outcome.Succeeded)
            return outcome;
        foreach (var r in reviews)
            r.Released = released.Contains(r.Id);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (decision == Decision.Funded && submission.Call!.Kind == CallKind.JointRd && submission.JointProjectId is null)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(submission.Call.TimeZone);
            var (started, project) = await startProject.HandleAsync(new JointProjectBody(submission.Title, submission.Summary, "rnd", "active",
                submission.Partners.Select(p => p.Organization!.ExternalId).Prepend(submission.Organization!.ExternalId).ToList(),
                submission.Call.Agreement?.Slug, null, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime), null, null, null, null), ct);
            if (!started.Succeeded)
                return started;
            submission.JointProjectId = project!.Id;
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return Outcome.Ok;
    }
}
