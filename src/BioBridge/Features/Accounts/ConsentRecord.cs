namespace BioBridge.Features.Accounts;

/// <summary>
/// One consent given or withdrawn: who, which document, which version, when. Rows are only ever added, so the
/// history proves what a person agreed to at any time; the latest row of a kind is the current state.
/// </summary>
public sealed class ConsentRecord
{
    /// <summary>A consent kind code, e.g. "privacy".</summary>
    public const int MaxKindLength = 32;
    /// <summary>The version or date of the text consented to.</summary>
    public const int MaxVersionLength = 32;

    public long Id { get; private set; }
    public required string UserId { get; init; }
    public required string Kind { get; init; }
    public required string Version { get; init; }
    public bool Given { get; init; }
    public DateTime At { get; init; }
}
