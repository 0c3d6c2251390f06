namespace BioBridge.Features.Accounts;

/// <summary>The secret is in this answer only: it is not stored and cannot be shown again.</summary>
public sealed record AccessTokenCreated(int Id, string Name, string Token, DateTime ExpiresAt);
