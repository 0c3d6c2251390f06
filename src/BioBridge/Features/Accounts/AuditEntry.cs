namespace BioBridge.Features.Accounts;

/// <summary>
/// One line of the audit log: a security event (sign-in, lockout, token, two-factor, consent, deletion) or a
/// change to a stored record with its before and after values. Secrets are never written here.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>One of the category constants below.</summary>
    public const int MaxCategoryLength = 16;
    /// <summary>An action code from the fixed set SecurityLog and AuditTrail write.</summary>
    public const int MaxActionLength = 64;
    /// <summary>The changed entity's type name.</summary>
    public const int MaxEntityTypeLength = 128;
    /// <summary>The changed row's key, composite keys joined.</summary>
    public const int MaxEntityKeyLength = 200;

    public const string Security = "security";
    public const string Change = "change";
    /// <summary>Actor of work without a request: commands and background jobs.</summary>
    public const string System = "system";
    /// <summary>Actor of a request nobody is signed in to (a failed sign-in, a sign-up).</summary>
    public const string Anonymous = "anonymous";

    public long Id { get; private set; }
    public DateTime At { get; init; }
    /// <summary>The user id of who did it, or "system" / "anonymous".</summary>
    public required string ActorId { get; init; }
    public required string Category { get; init; }
    /// <summary>For changes Added, Modified or Deleted (or Bulk); for security events a name such as sign-in.failed.</summary>
    public required string Action { get; init; }
    public string? EntityType { get; init; }
    public string? EntityKey { get; init; }
    /// <summary>The account a security event is about.</summary>
    public string? SubjectUserId { get; init; }
    /// <summary>JSON: per property {"old": ..., "new": ...} for changes; details for security events.</summary>
    public string? Details { get; init; }
}
