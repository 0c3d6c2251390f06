using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Accounts;

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
