using System.Text.Json;
using BioBridge.Data;

namespace BioBridge.Features.Accounts;

/// <summary>Security events of the audit log: sign-ins, lockouts, tokens, two-factor, consents, invitations, deletions.</summary>
public sealed class SecurityLog(AppDb db, IHttpContextAccessor http, TimeProvider clock)
{
    public const string SignInSucceeded = "sign-in.succeeded";
    public const string SignInFailed = "sign-in.failed";
    public const string LockedOut = "sign-in.locked-out";
    public const string TokenCreated = "token.created";
    public const string TokenRevoked = "token.revoked";
    public const string TwoFactorEnabled = "two-factor.enabled";
    public const string TwoFactorDisabled = "two-factor.disabled";
    public const string RecoveryCodeUsed = "two-factor.recovery-code-used";
    public const string ConsentGiven = "consent.given";
    public const string ConsentWithdrawn = "consent.withdrawn";
    public const string Invited = "invitation.sent";
    public const string SignedUp = "account.signed-up";
    public const string RoleAdded = "role.added";
    public const string EmailConfirmed = "account.email-confirmed";
    public const string PasswordReset = "account.password-reset";
    public const string PasswordChanged = "account.password-changed";
    public const string RoleRemoved = "role.removed";
    public const string AccountDisabled = "account.disabled";
    public const string AccountEnabled = "account.enabled";
    public const string Deleted = "account.deleted";
    public const string Purged = "retention.purged";

    public async Task RecordAsync(string action, string? subjectUserId, object? details = null, CancellationToken ct = default)
    {
        db.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            ActorId = AuditTrail.ActorOf(http.HttpContext),
            Category = AuditEntry.Security,
            Action = action,
            SubjectUserId = subjectUserId,
            Details = details is null ? null : JsonSerializer.Serialize(details, JsonSerializerOptions.Web),
        });
        await db.SaveChangesAsync(ct);
    }
}
