using BioBridge.Language;

namespace BioBridge.Shared;

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
