using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>What an operator sees of scouting: their cluster's pipelines with scored watchlists, and introductions from or to it.</summary>
public sealed class ScoutingBoard(AppDb db)
{
    public async Task<List<PipelineResponse>> PipelinesAsync(CooperationActor actor, CancellationToken ct)
    {
        var ids = await db.ScoutingPipelines.ManagedBy(actor).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        var list = new List<PipelineResponse>();
        foreach (var id in ids)
            list.Add((await PipelineAsync(id, actor, ct)).Value!);
        return list;
    }

    public async Task<Outcome<PipelineResponse>> PipelineAsync(int id, CooperationActor actor, CancellationToken ct)
    {
        var pipeline = await db.ScoutingPipelines.ManagedBy(actor).AsNoTracking().Include(p => p.Entries).ThenInclude(e => e.Organization)
            .SingleOrDefaultAsync(p => p.Id == id, ct);
        if (pipeline is null)
            return Outcome.NotFound(CooperationText.Say($"No pipeline {id} among those you manage."));
        var organizationIds = pipeline.Entries.Select(e => e.OrganizationId).ToList();
        var facts = await db.ScoutingFacts.AsNoTracking().Where(f => organizationIds.Contains(f.OrganizationId)).ToDictionaryAsync(f => f.OrganizationId, ct);
        var entries = pipeline.Entries.OrderBy(e => e.Stage).ThenBy(e => e.Id).Select(e => new EntryResponse(e.Id, e.Organization!.ExternalId,
            e.Organization.Name.Any() ?? e.Organization.ExternalId, CooperationCodes.Code(e.Stage), e.Owner, e.Notes, e.UpdatedAt,
            InnovationScore.For(actor.Reader, Scored(e.Organization), facts.GetValueOrDefault(e.OrganizationId)).Total)).ToList();
        return Outcome.Success(new PipelineResponse(pipeline.Id, pipeline.ClusterId, pipeline.Name, pipeline.IsSample, entries));
    }

    static ScoredOrganization Scored(Features.Directory.Organization o) => new(o.Id, o.ClusterId, o.FiguresVisibility, o.Patents, o.ExportRegions);

    public async Task<List<IntroductionResponse>> IntroductionsAsync(CooperationActor actor, CancellationToken ct) =>
        await db.Introductions.AsNoTracking()
            .Where(i => actor.IsAdmin || i.FromClusterId == actor.ClusterId || i.ToClusterId == actor.ClusterId)
            .OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id)
            .Select(i => new IntroductionResponse(i.Id, i.FromClusterId, i.ToClusterId, i.Organization!.ExternalId,
                i.ForOrganization == null ? null : i.ForOrganization.ExternalId, i.Note, i.Status.ToString().ToLower(), i.CreatedAt, i.IsSample))
            .ToListAsync(ct);
}
