using System.ComponentModel.DataAnnotations;

namespace BioBridge.Features.Accounts;

/// <summary>Account rules an operator may tune (configuration section BioBridge:Accounts); bound and validated at start.</summary>
public sealed class AccountOptions
{
    public const string Section = "BioBridge:Accounts";

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    [Range(3, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in form posts allowed per client address and minute, across accounts (slows guessing many accounts).</summary>
    [Range(1, 100_000)]
    public int SignInsPerMinute { get; set; } = 20;

    /// <summary>How long an invitation link stays valid.</summary>
    [Range(1, 90)]
    public int InvitationDays { get; set; } = 14;

    /// <summary>The longest life a personal access token may be given.</summary>
    [Range(1, 3650)]
    public int MaxTokenDays { get; set; } = 365;

    /// <summary>Audit entries older than this are purged.</summary>
    [Range(1, 36500)]
    public int AuditRetentionDays { get; set; } = 730;

    /// <summary>Invitations never accepted are purged this many days after they expired.</summary>
    [Range(0, 3650)]
    public int UnacceptedInvitationRetentionDays { get; set; } = 30;
}
