using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>Puts an organization on a pipeline's watchlist, or moves it to another stage with notes and an owner.</summary>
public sealed class SaveWatchlistEntry(AppDb db, TimeProvider clock)
{
    public async Task<Outcome<WatchlistEntry>> HandleAsync(int pipelineId, WatchlistBody body, CooperationActor actor, CancellationToken ct)
    {
        if (!await db.ScoutingPipelines.ManagedBy(actor).AnyAsync(p => p.Id == pipelineId, ct))
            return Outcome.NotFound(CooperationText.Say($"No pipeline {pipelineId} among those you manage."));
        var errors = new Dictionary<string, string[]>();
        var organizationId = await db.Organizations.Where(o => o.ExternalId == body.Organization).Select(o => (int?)o.Id).SingleOrDefaultAsync(ct);
        if (organizationId is null)
            errors["organization"] = [CooperationText.Say($"Unknown organization '{body.Organization}'.")];
        var stage = CooperationCodes.Parse<ScoutingStage>(body.Stage ?? "discovered");
        if (stage is null)
            errors["stage"] = [CooperationText.Say($"The stage is one of {CooperationCodes.Choices<ScoutingStage>()}.")];
        if ((body.Notes?.Length ?? 0) > WatchlistEntry.MaxNotesLength)
            errors["notes"] = [CooperationText.Say($"Notes have at most {WatchlistEntry.MaxNotesLength:N0} characters.")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);
        var entry = await db.WatchlistEntries.SingleOrDefaultAsync(e => e.PipelineId == pipelineId && e.OrganizationId == organizationId, ct);
        if (entry is null)
        {
            entry = new WatchlistEntry { PipelineId = pipelineId, OrganizationId = organizationId!.Value, Owner = actor.Name };
            db.WatchlistEntries.Add(entry);
        }
        entry.Stage = stage!.Value;
        if (!string.IsNullOrWhiteSpace(body.Owner))
            entry.Owner = body.Owner.Trim();
        if (body.Notes is not null)
            entry.Notes = body.Notes.Trim();
        entry.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return Outcome.Success(entry);
    }
}
