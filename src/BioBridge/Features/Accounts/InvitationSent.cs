namespace BioBridge.Features.Accounts;

public sealed record InvitationSent(int Id, string Email, DateTime ExpiresAt, bool Mailed, string? Link);
