namespace BioBridge.Features.Accounts;

public sealed record AccessTokenItem(int Id, string Name, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt);
