using BioBridge.Data;
using BioBridge.Features.Cooperation;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

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
            return Outcome.NotFound(ReviewText.Say($"Submission {submissionId} does not exist."));
        if (string.IsNullOrWhiteSpace(input.Decision))
            return Outcome.Invalid("decision", ReviewText.Say("Choose a decision: funded (awarded), rejected or waitlist."));
        if (Parse(input.Decision) is not { } decision)
            return Outcome.Invalid("decision", ReviewText.Say($"The decision is funded (awarded), rejected or waitlist, not '{input.Decision}'."));
        var reviews = await db.Reviews.Where(r => r.SubmissionId == submissionId).ToListAsync(ct);
        var released = input.ReleasedReviews ?? [];
        var unknown = released.Where(id => reviews.All(r => r.Id != id || !r.IsSubmitted)).ToList();
        if (unknown.Count > 0)
            return Outcome.Invalid("releasedReviews", ReviewText.Say($"Review(s) {string.Join(", ", unknown)} are not submitted reviews of submission {submissionId}."));
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
