namespace BioBridge.Features.Accounts;

/// <summary>
/// The documents a person consents to. Cross-border transfer is separate and explicit because Korea's PIPA
/// (art. 17, 28-8) and China's PIPL (art. 39) each require a separate consent before personal data leaves the country.
/// </summary>
public static class Consents
{
    public const string Terms = "terms";
    public const string Privacy = "privacy";
    public const string CrossBorderTransfer = "cross-border-transfer";

    public static readonly string[] All = [Terms, Privacy, CrossBorderTransfer];

    /// <summary>Signing up requires these; the cross-border transfer stays the person's free choice.</summary>
    public static readonly string[] Required = [Terms, Privacy];

    /// <summary>The version in force of each document; a new version asks for consent again.</summary>
    public static readonly IReadOnlyDictionary<string, string> CurrentVersions = new Dictionary<string, string>
    {
        [Terms] = "2026-11-01",
        [Privacy] = "2026-11-01",
        [CrossBorderTransfer] = "2026-11-01",
    };
}
