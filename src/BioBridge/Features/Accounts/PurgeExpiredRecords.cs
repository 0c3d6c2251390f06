using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Accounts;

public sealed record PurgeResult(int AuditEntries, int Invitations);

/// <summary>
/// Deletes what the retention settings (BioBridge:Accounts) no longer allow to keep: audit entries older than
/// AuditRetentionDays and invitations never accepted, UnacceptedInvitationRetentionDays after they expired.
/// Run daily by the web app and on demand by the `purge` command.
/// </summary>
public sealed class PurgeExpiredRecords(AppDb db, SecurityLog log, IOptions<AccountOptions> options, TimeProvider clock)
{
    public async Task<PurgeResult> HandleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var auditBefore = now.AddDays(-options.Value.AuditRetentionDays);
        var invitationsBefore = now.AddDays(-options.Value.UnacceptedInvitationRetentionDays);
        var audit = await db.Set<AuditEntry>().Where(a => a.At < auditBefore).ExecuteDeleteAsync(ct);
        var invitations = await db.Set<Invitation>().Where(i => i.AcceptedAt == null && i.ExpiresAt < invitationsBefore).ExecuteDeleteAsync(ct);
        if (audit + invitations > 0)
            await log.RecordAsync(SecurityLog.Purged, null, new { auditEntries = audit, invitations, auditBefore, invitationsBefore }, ct);
        return new PurgeResult(audit, invitations);
    }
}

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
