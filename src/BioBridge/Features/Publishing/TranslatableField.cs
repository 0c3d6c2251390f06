using BioBridge.Language;

namespace BioBridge.Features.Publishing;

/// <summary>
/// One field of published content as the translation queue sees it: its source texts (a description is one, a phrase
/// list one per phrase, a post its title and text), whether it is public, and the state of each other language.
/// </summary>
public sealed record TranslatableField(
    string Subject, int SubjectId, string Field, bool IsPublic, string SourceLanguage, IReadOnlyList<string> Source,
    Func<string, TranslationState?> Target, IReadOnlyList<LocalizedText> Names)
{
    public string Hash => TranslationMemory.Hash(SourceLanguage + "\n" + string.Join("\n", Source));

    public IEnumerable<string> Targets => LocalizedText.Languages.Where(l => l != SourceLanguage);

    /// <summary>Characters a service would bill for one target language.</summary>
    public int Characters => Source.Sum(s => s.Length);
}
