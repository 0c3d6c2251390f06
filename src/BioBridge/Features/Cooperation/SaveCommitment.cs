using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>Records what a party promised under an agreement, or updates it (for instance when it is done).</summary>
public sealed class SaveCommitment(AppDb db)
{
    public async Task<Outcome<Commitment>> HandleAsync(string slug, int? commitmentId, CommitmentBody body, CancellationToken ct)
    {
        var agreementId = await db.Agreements.IdOfAsync(slug, ct);
        if (agreementId is null)
            return Outcome.NotFound(CooperationText.Say($"No agreement '{slug}'."));
        var validation = Commitment.Validate(body.Title, body.Owner, body.DueOn, body.CompletedOn);
        if (body.OwnerCluster is { Length: > 0 } cluster && !await db.Clusters.AnyAsync(c => c.Id == cluster, ct))
            validation = Outcome.Invalid(new Dictionary<string, string[]>(validation.Errors) { ["ownerCluster"] = [CooperationText.Say($"Unknown cluster '{cluster}'.")] });
        if (!validation.Succeeded)
            return validation;
        var commitment = commitmentId is { } id
            ? await db.Commitments.SingleOrDefaultAsync(c => c.Id == id && c.AgreementId == agreementId, ct)
            : null;
        if (commitmentId is not null && commitment is null)
            return Outcome.NotFound(CooperationText.Say($"Agreement '{slug}' has no commitment {commitmentId}."));
        if (commitment is null)
        {
            commitment = new Commitment { AgreementId = agreementId.Value, Title = "", Owner = "" };
            db.Commitments.Add(commitment);
        }
        commitment.Title = body.Title!.Trim();
        commitment.Owner = body.Owner!.Trim();
        commitment.OwnerClusterId = string.IsNullOrWhiteSpace(body.OwnerCluster) ? null : body.OwnerCluster;
        commitment.DueOn = body.DueOn!.Value;
        commitment.CompletedOn = body.CompletedOn;
        await db.SaveChangesAsync(ct);
        return Outcome.Success(commitment);
    }
}
