namespace BioBridge.Features.Accounts;

/// <summary>
/// An invitation for one person to open an account for an organization, in a role. The link carries a secret
/// of which only the SHA-256 hash is stored; it works once, until it expires.
/// </summary>
public sealed class Invitation
{
    /// <summary>An Identity role name, one of a few fixed ones.</summary>
    public const int MaxRoleLength = 32;

    public int Id { get; private set; }
    public required string Email { get; init; }
    public int OrganizationId { get; init; }
    /// <summary>member or org-admin.</summary>
    public required string Role { get; init; }
    /// <summary>ko, zh or en: the language of the e-mails.</summary>
    public required string Language { get; init; }
    public required string TokenHash { get; init; }
    public required string InvitedByUserId { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
    public DateTime? AcceptedAt { get; private set; }
    public string? AcceptedUserId { get; private set; }

    public static readonly string[] Roles = [Accounts.Roles.Member, Accounts.Roles.OrganizationAdmin];

    public Outcome CheckUsable(DateTime now)
    {
        if (AcceptedAt is not null)
            return Outcome.Conflict(AccountText.Say("This invitation has already been used. Sign in, or ask for a new invitation."));
        if (ExpiresAt <= now)
            return Outcome.Conflict(AccountText.Say("This invitation has expired. Ask for a new invitation."));
        return Outcome.Ok;
    }

    public void Accept(string userId, DateTime now)
    {
        AcceptedAt = now;
        AcceptedUserId = userId;
    }
}
