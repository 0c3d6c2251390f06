namespace BioBridge.Shared;

/// <summary>
/// One machine-translation service spoken in its own documented protocol (docs/translation.md). The text holds the
/// glossary's placeholders (&lt;x id="1"/&gt;); a service that translates markup gets the rest XML-escaped. A service
/// with its own glossary (DeepL) enforces the taxonomy's terms itself: they reach it as plain text, names still as placeholders.
/// </summary>
public interface ITranslationService
{
    /// <summary>The configuration name (libretranslate, deepl, ...): also the translation memory's key.</summary>
    string Name { get; }

    /// <summary>True when the request says the text is markup (tags kept as they are, entities decoded).</summary>
    bool TranslatesMarkup { get; }

    /// <summary>
    /// The name of the service-side glossary that enforces the taxonomy's terms from one language to another (its name
    /// changes with its content), or null when the terms must be protected by placeholders: every service but DeepL,
    /// and DeepL for a pair whose glossary it refused.
    /// </summary>
    Task<string?> TermGlossaryAsync(string from, string to, CancellationToken ct) => Task.FromResult<string?>(null);

    /// <summary>
    /// The term glossary of each source language of a batch; null (placeholders) also where asking failed: a wrong key
    /// is then the send's to report, which fails the same way and ends the batch.
    /// </summary>
    async Task<Dictionary<string, string?>> TermGlossariesAsync(IEnumerable<string> from, string to, CancellationToken ct)
    {
        var glossaries = new Dictionary<string, string?>();
        foreach (var language in from.Distinct())
        {
            try
            {
                glossaries[language] = await TermGlossaryAsync(language, to, ct);
            }
            catch (TranslationFailedException)
            {
                glossaries[language] = null;
            }
        }
        return glossaries;
    }

    /// <summary>From and to are ko, zh or en; a failure throws TranslationFailedException.</summary>
    Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct);

    /// <summary>
    /// Several texts (each with its language) into one language: the translations in order, null where the service
    /// failed. After the first failure the rest are not sent, so a service that is down costs one timeout. One by one
    /// here; the translation memory answers the texts it knows with one lookup for all.
    /// </summary>
    async Task<IReadOnlyList<string?>> TranslateManyAsync(IReadOnlyList<(string Text, string From)> texts, string to, CancellationToken ct)
    {
        var answers = new string?[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            try
            {
                answers[i] = await TranslateAsync(texts[i].Text, texts[i].From, to, ct);
            }
            catch (TranslationFailedException)
            {
                break;
            }
        }
        return answers;
    }
}
