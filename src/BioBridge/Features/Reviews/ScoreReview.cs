using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

/// <summary>A reviewer submits their scores for an assigned submission; final once submitted.</summary>
public sealed class ScoreReview(AppDb db, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(ReviewActor actor, int reviewId, ReviewInput input, CancellationToken ct)
    {
        var review = await db.Reviews.Include(r => r.Submission)
            .SingleOrDefaultAsync(r => r.Id == reviewId && r.ReviewerId == actor.User.Id && actor.IsReviewer, ct);
        if (review is null)
            return Outcome.NotFound(ReviewText.Say($"Review {reviewId} does not exist or is not assigned to you."));
        if (review.Submission!.Status != SubmissionStatus.Submitted)
            return Outcome.Conflict(ReviewText.Say($"Submission {review.SubmissionId} was withdrawn; it needs no review."));
        var rubric = await db.Calls.Where(c => c.Id == review.Submission.CallId).SelectMany(c => c.Criteria).OrderBy(c => c.Position).ToListAsync(ct);
        var given = input.Scores ?? [];
        var duplicate = given.GroupBy(s => s.Criterion).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            return Outcome.Invalid($"scores[{duplicate.Key}]", ReviewText.Say($"Criterion {duplicate.Key} is scored twice."));
        var outcome = review.Score(rubric, given.ToDictionary(s => s.Criterion, s => (s.Value, s.Comment)), input.Comment, clock.GetUtcNow().UtcDateTime);
        if (!outcome.Succeeded)
            return outcome;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsConstraintViolation())
        {
            return Outcome.Conflict(ReviewText.Say($"Review {reviewId} was submitted meanwhile; submitted scores are final."));
        }
        return outcome;
    }
}
