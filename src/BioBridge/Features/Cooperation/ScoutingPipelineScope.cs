namespace BioBridge.Features.Cooperation;

public static class ScoutingPipelineScope
{
    /// <summary>
    /// The pipelines an actor manages: their cluster's, or all for an admin. Filtered in the query, so another cluster's
    /// pipeline is simply not found (404) and its existence is not confirmed.
    /// </summary>
    public static IQueryable<ScoutingPipeline> ManagedBy(this IQueryable<ScoutingPipeline> pipelines, CooperationActor actor) =>
        actor.IsAdmin ? pipelines : pipelines.Where(p => p.ClusterId == actor.ClusterId);
}
