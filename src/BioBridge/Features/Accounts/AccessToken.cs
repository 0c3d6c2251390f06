namespace BioBridge.Features.Accounts;

/// <summary>
/// A personal access token: a named secret with an expiry with which a script calls the API as its owner
/// (same roles, same scope). Only the SHA-256 hash of the secret is stored; the secret is shown once.
/// </summary>
public sealed class AccessToken
{
    public const string Prefix = "bbt_";
    public const int MaxNameLength = 100;

    public int Id { get; private set; }
    public required string UserId { get; init; }
    public required string Name { get; init; }
    public required string TokenHash { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
    public DateTime? RevokedAt { get; private set; }

    public bool IsActive(DateTime now) => RevokedAt is null && ExpiresAt > now;

    public void Revoke(DateTime now) => RevokedAt ??= now;
}
