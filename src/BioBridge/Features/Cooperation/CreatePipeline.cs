using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>Opens a scouting pipeline for the operator's own cluster (admins name the cluster).</summary>
public sealed class CreatePipeline(AppDb db, TimeProvider clock)
{
    public async Task<Outcome<ScoutingPipeline>> HandleAsync(PipelineBody body, CooperationActor actor, CancellationToken ct)
    {
        var cluster = actor.IsAdmin ? body.Cluster ?? actor.ClusterId : actor.ClusterId;
        if (!actor.IsAdmin && body.Cluster is { Length: > 0 } asked && asked != actor.ClusterId)
            return Outcome.Forbidden(CooperationText.Say($"You scout for {actor.ClusterId ?? "no cluster"}; a {asked} pipeline belongs to its own operators."));
        var errors = new Dictionary<string, string[]>();
        var name = body.Name?.Trim() ?? "";
        if (name.Length is < 3 or > ScoutingPipeline.MaxNameLength)
            errors["name"] = [CooperationText.Say($"The name needs 3 to {ScoutingPipeline.MaxNameLength} characters.")];
        if (cluster is null || !await db.Clusters.AnyAsync(c => c.Id == cluster, ct))
            errors["cluster"] = [cluster is null ? CooperationText.Say("Name the cluster the pipeline scouts for.") : CooperationText.Say($"Unknown cluster '{cluster}'.")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);
        var pipeline = new ScoutingPipeline { ClusterId = cluster!, Name = name, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.ScoutingPipelines.Add(pipeline);
        await db.SaveChangesAsync(ct);
        return Outcome.Success(pipeline);
    }
}
