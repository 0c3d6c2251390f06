using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

/// <summary>A reviewer declares a conflict of interest with an organization: its submissions are never assigned to them.</summary>
public sealed class DeclareConflict(AppDb db, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(ReviewActor actor, string organizationExternalId, string? reason, CancellationToken ct)
    {
        if (!actor.IsReviewer)
            return Outcome.Forbidden(ReviewText.Say("Only reviewers declare conflicts of interest."));
        var organizationId = await db.Organizations.Where(o => o.ExternalId == organizationExternalId).Select(o => (int?)o.Id).SingleOrDefaultAsync(ct);
        if (organizationId is null)
            return Outcome.Invalid("organization", ReviewText.Say($"Unknown organization '{organizationExternalId}'."));
        if (reason?.Length > ReviewerConflict.MaxReasonLength)
            return Outcome.Invalid("reason", ReviewText.Say($"The reason has at most {ReviewerConflict.MaxReasonLength} characters."));
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
