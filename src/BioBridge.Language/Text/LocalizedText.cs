namespace BioBridge.Language;

/// <summary>One text in the platform's three languages: "ko", "zh" (simplified Chinese) and "en"; any subset may be present.</summary>
public sealed record LocalizedText(string? Ko, string? Zh, string? En)
{
    public static readonly IReadOnlyList<string> Languages = ["ko", "zh", "en"];

    public string? Get(string language) => language switch
    {
        "ko" => Blank(Ko),
        "zh" => Blank(Zh),
        "en" => Blank(En),
        _ => null,
    };

    /// <summary>The text in the wanted language, else the first present in the order en, ko, zh; with the language actually shown.</summary>
    public (string? Text, string Language) GetWithFallback(string language)
    {
        if (Get(language) is { } own)
            return (own, language);
        foreach (var other in FallbackOrder)
            if (Get(other) is { } text)
                return (text, other);
        return (null, language);
    }

    public string? Any() => GetWithFallback("en").Text;

    public IEnumerable<(string Language, string Text)> Present()
    {
        foreach (var language in Languages)
            if (Get(language) is { } text)
                yield return (language, text);
    }

    // English is the bridge most readers of either side share, so it is the first fallback.
    static readonly string[] FallbackOrder = ["en", "ko", "zh"];

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
