using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BioBridge.Features.Directory;

/// <summary>Not ready until this node's search index is built from the database.</summary>
public sealed class SearchIndexReadiness(DirectorySearch search) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(search.IsBuilt
            ? HealthCheckResult.Healthy($"{search.Count} organizations indexed")
            : HealthCheckResult.Unhealthy("the search index is still being built"));
}
