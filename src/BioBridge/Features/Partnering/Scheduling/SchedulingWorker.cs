using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Partnering;

/// <summary>
/// The background job of scheduling runs, on every web node. A node claims a queued run with one conditional UPDATE
/// (the database lease: owner and expiry), so exactly one node runs it; while solving it renews the lease, and a run
/// whose node died is taken over when its lease expires.
/// </summary>
public sealed class SchedulingWorker(IServiceProvider services, SchedulingSignal signal, IOptions<PartneringOptions> options,
    TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<SchedulingWorker> log) : BackgroundService
{
    readonly string node = NodeName();

    static string NodeName()
    {
        var name = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return name.Length > SchedulingRun.MaxLeaseOwnerLength ? name[^SchedulingRun.MaxLeaseOwnerLength..] : name;
    }

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        await lifetime.WaitForStartAsync(ct);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                while (await TryRunOneAsync(ct))
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be migrating or briefly away: try again at the next tick.
                log.LogWarning(e, "Looking for scheduling runs failed");
            }
            try
            {
                await signal.WaitAsync(TimeSpan.FromSeconds(options.Value.PollSeconds), ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    async Task<bool> TryRunOneAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var candidate = await db.SchedulingRuns
            .Where(r => r.Status == RunStatus.Queued || (r.Status == RunStatus.Running && r.LeaseExpiresAt < now))
            .OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        if (candidate is not { } runId)
            return false;
        var leaseUntil = now.AddSeconds(options.Value.LeaseSeconds);
        var started = SchedulingRun.Stored(RunStep.Started);
        var claimed = await db.SchedulingRuns
            .Where(r => r.Id == runId && (r.Status == RunStatus.Queued || (r.Status == RunStatus.Running && r.LeaseExpiresAt < now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, RunStatus.Running)
                .SetProperty(r => r.LeaseOwner, node)
                .SetProperty(r => r.LeaseExpiresAt, leaseUntil)
                .SetProperty(r => r.StartedAt, now)
                .SetProperty(r => r.Progress, started), ct);
        if (claimed == 0)
            return true; // another node was quicker; look for the next one
        log.LogInformation("Scheduling run {Run} taken by {Node}", runId, node);
        await scope.ServiceProvider.GetRequiredService<RunScheduling>().HandleAsync(runId, node, ct);
        return true;
    }
}
