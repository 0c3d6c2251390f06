using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>An operator introduces a member of their cluster to the operators of the other cluster.</summary>
public sealed class IntroduceOrganization(AppDb db, TimeProvider clock)
{
    public async Task<Outcome<Introduction>> HandleAsync(IntroductionBody body, CooperationActor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var organization = await db.Organizations.Where(o => o.ExternalId == body.Organization).Select(o => new { o.Id, o.ClusterId }).SingleOrDefaultAsync(ct);
        if (organization is null)
            errors["organization"] = [CooperationText.Say($"Unknown organization '{body.Organization}'.")];
        else if (!actor.IsAdmin && organization.ClusterId != actor.ClusterId)
            return Outcome.Forbidden(CooperationText.Say($"Operators introduce members of their own cluster; {body.Organization} belongs to {organization.ClusterId}."));
        var target = body.ForOrganization is { Length: > 0 }
            ? await db.Organizations.Where(o => o.ExternalId == body.ForOrganization).Select(o => new { o.Id, o.ClusterId }).SingleOrDefaultAsync(ct)
            : null;
        if (body.ForOrganization is { Length: > 0 } && target is null)
            errors["forOrganization"] = [CooperationText.Say($"Unknown organization '{body.ForOrganization}'.")];
        else if (target is not null && organization is not null && target.ClusterId == organization.ClusterId)
            errors["forOrganization"] = [CooperationText.Say("An introduction goes to the other cluster: both organizations are in the same one.")];
        if ((body.Note?.Length ?? 0) > Introduction.MaxNoteLength)
            errors["note"] = [CooperationText.Say($"The note has at most {Introduction.MaxNoteLength:N0} characters.")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);
        var from = organization!.ClusterId;
        var to = target?.ClusterId ?? await db.Clusters.Where(c => c.Id != from && c.Id != Directory.Cluster.Other).Select(c => c.Id).FirstAsync(ct);
        var introduction = new Introduction
        {
            FromClusterId = from, ToClusterId = to, OrganizationId = organization.Id, ForOrganizationId = target?.Id, Note = body.Note?.Trim() ?? "",
            Status = IntroductionStatus.Proposed, IntroducedByUserId = actor.UserId, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Introductions.Add(introduction);
        await db.SaveChangesAsync(ct);
        return Outcome.Success(introduction);
    }
}
