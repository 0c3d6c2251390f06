using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

/// <summary>The lead organization submits its draft (by server time, eligibility checked) or withdraws its submission.</summary>
public sealed class SubmitSubmission(AppDb db, TimeProvider clock)
{
    public async Task<Outcome> SubmitAsync(ReviewActor actor, int submissionId, CancellationToken ct)
    {
        var submission = await actor.Editable(db).Include(s => s.Call).Include(s => s.Organization)
            .Include(s => s.Partners).ThenInclude(p => p.Organization).SingleOrDefaultAsync(s => s.Id == submissionId, ct);
        if (submission is null)
            return Outcome.NotFound(ReviewText.Say($"Submission {submissionId} does not exist or is not your organization's."));
        var call = submission.Call!;
        var problems = CallRules.Eligibility(call.Kind, call.EligibleClusterIds, call.RequiredClusterIds, Applicant(submission.Organization!),
            submission.Partners.Select(p => Applicant(p.Organization!)).ToList());
        var outcome = submission.Submit(call, problems, clock.GetUtcNow());
        if (outcome.Succeeded)
            await db.SaveChangesAsync(ct);
        return outcome;
    }

    public async Task<Outcome> WithdrawAsync(ReviewActor actor, int submissionId, CancellationToken ct)
    {
        var submission = await actor.Editable(db).SingleOrDefaultAsync(s => s.Id == submissionId, ct);
        if (submission is null)
            return Outcome.NotFound(ReviewText.Say($"Submission {submissionId} does not exist or is not your organization's."));
        var outcome = submission.Withdraw(clock.GetUtcNow().UtcDateTime);
        if (outcome.Succeeded)
            await db.SaveChangesAsync(ct);
        return outcome;
    }

    public static Applicant Applicant(Directory.Organization o) => new(o.Id, o.Name.Any() ?? o.ExternalId, o.ClusterId);
}
