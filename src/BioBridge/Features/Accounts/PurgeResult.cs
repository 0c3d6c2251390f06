namespace BioBridge.Features.Accounts;

public sealed record PurgeResult(int AuditEntries, int Invitations);
