namespace BioBridge.Shared;

/// <summary>
/// One answer of a translation service, kept so the same text is never sent (nor paid for) twice: keyed by the
/// service, the language pair and the SHA-256 of the text as sent (glossary placeholders included, so a changed
/// glossary still applies when the answer is reused). The source text itself is not kept.
/// </summary>
public sealed class TranslationMemoryEntry
{
    public const int MaxServiceLength = 32;

    public int Id { get; private set; }
    public required string Service { get; set; }
    public required string SourceLanguage { get; set; }
    public required string TargetLanguage { get; set; }
    /// <summary>Lower-case hex SHA-256 of the UTF-8 text sent.</summary>
    public required string SourceHash { get; set; }
    /// <summary>Characters sent, as services bill them: what each reuse saves.</summary>
    public int SourceCharacters { get; set; }
    public required string Translation { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Hits { get; set; }
    public DateTime? LastHitAt { get; set; }
}
