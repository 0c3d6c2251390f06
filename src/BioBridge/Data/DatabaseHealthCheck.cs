using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BioBridge.Data;

/// <summary>/health is green only when the database answers.</summary>
sealed class DatabaseHealthCheck(AppDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        await db.Database.CanConnectAsync(ct)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("the database does not answer");
}
