namespace BioBridge.Features.Publishing;

/// <summary>
/// The quality checklist of the vetting queue, computed from the proposal itself; the operator confirms each
/// item before approving, and content with a prohibited phrase cannot be approved at all.
/// </summary>
public static class VettingChecklist
{
    public const string Languages = "languages";
    public const string Length = "length";
    public const string Sectors = "sectors";
    public const string Contact = "contact";
    public const string Prohibited = "prohibited-content";

    public const int MinDescription = 40;
    public const int MaxDescription = 4000;

    // Claims Korean, Chinese and international advertising rules for health products forbid, and markup.
    static readonly string[] ProhibitedPhrases =
    [
        "guaranteed cure", "cures cancer", "100% effective", "no side effects", "miracle cure",
        "완치 보장", "100% 효과", "부작용 없", "기적의 치료",
        "包治", "根治癌症", "百分之百有效", "无副作用", "神药",
        "<script", "javascript:",
    ];

    public static IReadOnlyList<ChecklistItem> For(ProfileContent c) =>
    [
        LanguagesOf(c.Name, c.Description),
        LengthOf(c.Description),
        new(Sectors, c.Sectors.Count > 0, c.Sectors.Count.ToString()),
        new(Contact, !string.IsNullOrWhiteSpace(c.Website) || !string.IsNullOrWhiteSpace(c.City), c.Website ?? c.City),
        ProhibitedIn(Texts(c.Name).Concat(Texts(c.Description)).Concat(c.Offers).Concat(c.Needs).Append(c.Website ?? "")),
    ];

    public static IReadOnlyList<ChecklistItem> For(OpportunityContent c) =>
    [
        LanguagesOf(c.Title, c.Body),
        LengthOf(c.Body),
        new(Sectors, c.Concepts.Count > 0, c.Concepts.Count.ToString()),
        ProhibitedIn(Texts(c.Title).Concat(Texts(c.Body))),
    ];

    /// <summary>Every text present, or at least drafted, in all three languages.</summary>
    static ChecklistItem LanguagesOf(params TranslatedText[] texts)
    {
        var missing = texts.SelectMany(t => t.Missing).Distinct().ToList();
        return new(Languages, missing.Count == 0, missing.Count == 0 ? null : string.Join(", ", missing));
    }

    static ChecklistItem LengthOf(TranslatedText text)
    {
        var lengths = Shared.Resources.UiLanguage.All.Select(l => text.Get(l)?.Text.Length).OfType<int>().ToList();
        var passed = lengths.Count > 0 && lengths.All(n => n is >= MinDescription and <= MaxDescription);
        return new(Length, passed, lengths.Count == 0 ? "0" : $"{lengths.Min()}–{lengths.Max()}");
    }

    static ChecklistItem ProhibitedIn(IEnumerable<string> texts)
    {
        var found = texts.SelectMany(t => ProhibitedPhrases.Where(p => t.Contains(p, StringComparison.OrdinalIgnoreCase))).Distinct().ToList();
        return new(Prohibited, found.Count == 0, found.Count == 0 ? null : string.Join(", ", found));
    }

    static IEnumerable<string> Texts(TranslatedText t) => Shared.Resources.UiLanguage.All.Select(l => t.Get(l)?.Text).OfType<string>();
}
