namespace BioBridge.Shared;

/// <summary>
/// One machine-translation service spoken in its own documented protocol (docs/translation.md). The text holds the
/// glossary's placeholders (&lt;x id="1"/&gt;); a service that translates markup gets the rest XML-escaped.
/// </summary>
public interface ITranslationService
{
    /// <summary>The configuration name (libretranslate, deepl, ...): also the translation memory's key.</summary>
    string Name { get; }

    /// <summary>True when the request says the text is markup (tags kept as they are, entities decoded).</summary>
    bool TranslatesMarkup { get; }

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
