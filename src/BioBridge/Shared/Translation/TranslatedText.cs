using BioBridge.Language;

namespace BioBridge.Shared;

/// <summary>A text in ko / zh / en with the state of each version; absent languages are null.</summary>
public sealed record TranslatedText(TextVersion? Ko, TextVersion? Zh, TextVersion? En)
{
    public static readonly TranslatedText Empty = new(null, null, null);

    public TextVersion? Get(string language) => language switch
    {
        "ko" => Ko,
        "zh" => Zh,
        "en" => En,
        _ => null,
    };

    public TranslatedText With(string language, TextVersion? version) => language switch
    {
        "ko" => this with { Ko = version },
        "zh" => this with { Zh = version },
        _ => this with { En = version },
    };

    public LocalizedText Text => new(Ko?.Text, Zh?.Text, En?.Text);

    /// <summary>The versions a person wrote or verified: machine drafts dropped.</summary>
    public TranslatedText Written() => new(Kept(Ko), Kept(Zh), Kept(En));

    /// <summary>
    /// The versions after a person wrote these texts over them: a language whose text is unchanged keeps its version
    /// and state, a changed one is the person's original (a machine draft written over is a draft no more).
    /// </summary>
    public TranslatedText Rewritten(LocalizedText now) =>
        From(now, l => Get(l) is { } before && before.Text == now.Get(l) ? before.State : TranslationState.Original);

    static TextVersion? Kept(TextVersion? v) => v?.State == TranslationState.Machine ? null : v;

    public IEnumerable<string> Missing => LocalizedText.Languages.Where(l => Get(l) is null);

    /// <summary>The version a reader of one language sees (the same fallback order as LocalizedText) and its language.</summary>
    public (TextVersion? Version, string Language) ForReader(string language)
    {
        var (_, shown) = Text.GetWithFallback(language);
        return (Get(shown), shown);
    }

    /// <summary>Blank texts dropped, the rest trimmed.</summary>
    public TranslatedText Normalized() => new(Clean(Ko), Clean(Zh), Clean(En));

    static TextVersion? Clean(TextVersion? v) => string.IsNullOrWhiteSpace(v?.Text) ? null : v with { Text = v.Text.Trim() };

    public static TranslatedText From(LocalizedText text, Func<string, TranslationState> state) => new(
        Version(text.Ko, state("ko")), Version(text.Zh, state("zh")), Version(text.En, state("en")));

    static TextVersion? Version(string? text, TranslationState state) => string.IsNullOrWhiteSpace(text) ? null : new TextVersion(text, state);
}
