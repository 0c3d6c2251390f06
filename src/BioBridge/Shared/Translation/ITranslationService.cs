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
}
