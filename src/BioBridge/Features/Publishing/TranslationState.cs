using System.Text.Json.Serialization;
using BioBridge.Language;

namespace BioBridge.Features.Publishing;

/// <summary>
/// How one language version of a text came about: written by the organization, drafted by machine translation
/// (shown with a badge until someone checks it), or a draft the organization has verified.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TranslationState>))]
public enum TranslationState
{
    [JsonStringEnumMemberName("original")] Original,
    [JsonStringEnumMemberName("machine")] Machine,
    [JsonStringEnumMemberName("verified")] Verified,
}

/// <summary>One language version of a text and its state.</summary>
public sealed record TextVersion(string Text, TranslationState State);

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

/// <summary>
/// The states of an organization's texts as one compact column ("description.zh=machine;name.en=verified");
/// a version not listed is the organization's original.
/// </summary>
public static class TranslationStates
{
    public static TranslationState Get(string? encoded, string field, string language)
    {
        var key = field + "." + language + "=";
        foreach (var part in (encoded ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
            if (part.StartsWith(key, StringComparison.Ordinal))
                return Parse(part[key.Length..]) ?? TranslationState.Original;
        return TranslationState.Original;
    }

    public static string Encode(IEnumerable<(string Field, TranslatedText Text)> fields) => string.Join(';',
        from f in fields
        from language in LocalizedText.Languages
        let version = f.Text.Get(language)
        where version is not null && version.State != TranslationState.Original
        select $"{f.Field}.{language}={Code(version.State)}");

    public static string Code(TranslationState state) => state switch
    {
        TranslationState.Machine => "machine",
        TranslationState.Verified => "verified",
        _ => "original",
    };

    public static TranslationState? Parse(string? code) => code switch
    {
        "original" => TranslationState.Original,
        "machine" => TranslationState.Machine,
        "verified" => TranslationState.Verified,
        _ => null,
    };
}
