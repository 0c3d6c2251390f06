namespace BioBridge.Shared;

/// <summary>
/// A text as one reader gets it: the original, always kept as written, its language, and a machine translation into
/// the reader's language when there is one (State says why not otherwise).
/// </summary>
public sealed record ReadableText(string Original, string Language, string? Translation, ReadingState State)
{
    /// <summary>Written in another language than the reader's.</summary>
    public bool IsForeign => State != ReadingState.OwnLanguage;
}
