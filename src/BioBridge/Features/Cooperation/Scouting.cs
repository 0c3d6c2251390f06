using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

public sealed record PipelineBody(string? Name, string? Cluster);

public sealed record WatchlistBody(string? Organization, string? Stage, string? Owner, string? Notes);

public sealed record IntroductionBody(string? Organization, string? ForOrganization, string? Note);

/// <summary>Opens a scouting pipeline for the operator's own cluster (admins name the cluster).</summary>
public sealed class CreatePipeline(AppDb db, TimeProvider clock)
{
    public async Task<(Outcome Outcome, ScoutingPipeline? Pipeline)> HandleAsync(PipelineBody body, CooperationActor actor, CancellationToken ct)
    {
        var cluster = actor.IsAdmin ? body.Cluster ?? actor.ClusterId : actor.ClusterId;
        if (!actor.IsAdmin && body.Cluster is { Length: > 0 } asked && asked != actor.ClusterId)
            return (Outcome.Forbidden($"You scout for {actor.ClusterId ?? "no cluster"}; a {asked} pipeline belongs to its own operators."), null);
        var errors = new Dictionary<string, string[]>();
        var name = body.Name?.Trim() ?? "";
        if (name.Length is < 3 or > ScoutingPipeline.MaxNameLength)
            errors["name"] = [$"The name needs 3 to {ScoutingPipeline.MaxNameLength} characters."];
        if (cluster is null || !await db.Clusters.AnyAsync(c => c.Id == cluster, ct))
            errors["cluster"] = [cluster is null ? "Name the cluster the pipeline scouts for." : $"Unknown cluster '{cluster}'."];
        if (errors.Count > 0)
            return (Outcome.Invalid(errors), null);
        var pipeline = new ScoutingPipeline { ClusterId = cluster!, Name = name, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.ScoutingPipelines.Add(pipeline);
        await db.SaveChangesAsync(ct);
        return (Outcome.Ok, pipeline);
    }
}

/// <summary>Puts an organization on a pipeline's watchlist, or moves it to another stage with notes and an owner.</summary>
public sealed class SaveWatchlistEntry(AppDb db, TimeProvider clock)
{
    public async Task<(Outcome Outcome, WatchlistEntry? Entry)> HandleAsync(int pipelineId, WatchlistBody body, CooperationActor actor, CancellationToken ct)
    {
        if (!await db.ScoutingPipelines.ManagedBy(actor).AnyAsync(p => p.Id == pipelineId, ct))
            return (Outcome.NotFound($"No pipeline {pipelineId} among those you manage."), null);
        var errors = new Dictionary<string, string[]>();
        var organizationId = await db.Organizations.Where(o => o.ExternalId == body.Organization).Select(o => (int?)o.Id).SingleOrDefaultAsync(ct);
        if (organizationId is null)
            errors["organization"] = [$"Unknown organization '{body.Organization}'."];
        var stage = CooperationCodes.Parse<ScoutingStage>(body.Stage ?? "discovered");
        if (stage is null)
            errors["stage"] = [$"The stage is one of {CooperationCodes.Choices<ScoutingStage>()}."];
        if ((body.Notes?.Length ?? 0) > WatchlistEntry.MaxNotesLength)
            errors["notes"] = [$"Notes have at most {WatchlistEntry.MaxNotesLength:N0} characters."];
        if (errors.Count > 0)
            return (Outcome.Invalid(errors), null);
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
        return (Outcome.Ok, entry);
    }
}

/// <summary>An operator introduces a member of their cluster to the operators of the other cluster.</summary>
public sealed class IntroduceOrganization(AppDb db, TimeProvider clock)
{
    public async Task<(Outcome Outcome, Introduction? Introduction)> HandleAsync(IntroductionBody body, CooperationActor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var organization = await db.Organizations.Where(o => o.ExternalId == body.Organization).Select(o => new { o.Id, o.ClusterId }).SingleOrDefaultAsync(ct);
        if (organization is null)
            errors["organization"] = [$"Unknown organization '{body.Organization}'."];
        else if (!actor.IsAdmin && organization.ClusterId != actor.ClusterId)
            return (Outcome.Forbidden($"Operators introduce members of their own cluster; {body.Organization} belongs to {organization.ClusterId}."), null);
        var target = body.ForOrganization is { Length: > 0 }
            ? await db.Organizations.Where(o => o.ExternalId == body.ForOrganization).Select(o => new { o.Id, o.ClusterId }).SingleOrDefaultAsync(ct)
            : null;
        if (body.ForOrganization is { Length: > 0 } && target is null)
            errors["forOrganization"] = [$"Unknown organization '{body.ForOrganization}'."];
        else if (target is not null && organization is not null && target.ClusterId == organization.ClusterId)
            errors["forOrganization"] = ["An introduction goes to the other cluster: both organizations are in the same one."];
        if ((body.Note?.Length ?? 0) > Introduction.MaxNoteLength)
            errors["note"] = [$"The note has at most {Introduction.MaxNoteLength:N0} characters."];
        if (errors.Count > 0)
            return (Outcome.Invalid(errors), null);
        var from = organization!.ClusterId;
        var to = target?.ClusterId ?? await db.Clusters.Where(c => c.Id != from && c.Id != Directory.Cluster.Other).Select(c => c.Id).FirstAsync(ct);
        var introduction = new Introduction
        {
            FromClusterId = from, ToClusterId = to, OrganizationId = organization.Id, ForOrganizationId = target?.Id, Note = body.Note?.Trim() ?? "",
            Status = IntroductionStatus.Proposed, IntroducedByUserId = actor.UserId, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Introductions.Add(introduction);
        await db.SaveChangesAsync(ct);
        return (Outcome.Ok, introduction);
    }
}
