using BioBridge.Language;

namespace BioBridge.Shared;

/// <summary>
/// One field of published content as the translation queue sees it: its source texts (a description is one, a phrase
/// list one per phrase, a post its title and text), whether it is public, the state of each other language, and
/// where a machine draft goes: Store takes the target language and the translated texts in Source's order and
/// answers why not when the draft cannot be stored.
/// </summary>
public sealed record TranslatableField(
    string Field, bool IsPublic, string SourceLanguage, IReadOnlyList<string> Source,
    Func<string, TranslationState?> Target, IReadOnlyList<LocalizedText> Names, Func<string, IReadOnlyList<string>, DateTime, string?> Store)
{
    public string Hash => TranslationMemory.Hash(SourceLanguage + "\n" + string.Join("\n", Source));

    public IEnumerable<string> Targets => LocalizedText.Languages.Where(l => l != SourceLanguage);

    /// <summary>Characters a service would bill for one target language.</summary>
    public int Characters => Source.Sum(s => s.Length);

    /// <summary>
    /// A text of one version per language as a field: its source is a version a person wrote, never a machine draft,
    /// an original before a verified translation; null when there is none.
    /// </summary>
    public static TranslatableField? Of(string field, TranslatedText text, bool isPublic, IReadOnlyList<LocalizedText> names,
        Func<string, IReadOnlyList<string>, DateTime, string?> store)
    {
        var source = Resources.UiLanguage.All.Select(l => (Language: l, Version: text.Get(l)))
            .Where(v => v.Version is { State: not TranslationState.Machine })
            .OrderBy(v => v.Version!.State == TranslationState.Verified).FirstOrDefault();
        return source.Version is null ? null
            : new(field, isPublic, source.Language, [source.Version.Text], l => text.Get(l)?.State, names, store);
    }
}
