namespace BioBridge.Features.Accounts;

/// <summary>Runs the retention purge once a day on a web node (a purge twice by two nodes deletes nothing twice).</summary>
public sealed class RetentionWorker(IServiceProvider services, ILogger<RetentionWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1));
        while (await timer.WaitForNextTickAsync(ct))
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var purged = await scope.ServiceProvider.GetRequiredService<PurgeExpiredRecords>().HandleAsync(ct);
                log.LogInformation("Retention purge: {AuditEntries} audit entries, {Invitations} invitations", purged.AuditEntries, purged.Invitations);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "The retention purge failed; it runs again tomorrow");
            }
        }
    }
}
