using System.Text;
using BioBridge.Language;

namespace BioBridge.Shared;

/// <summary>
/// Terms that come out the same in every translation: the taxonomy's labels (微胶囊, 마이크로캡슐 and microcapsule are
/// one concept, so each becomes the concept's label in the target language) and names that are never translated
/// (organizations, people: each becomes its own version in the target language, else stays as written). A synonym
/// (微胶囊化, microcapsules) is no label: it is left to the service, and it keeps a shorter label inside it unprotected.
/// A service that enforces the terms itself (a DeepL glossary) gets them as entries and only the names as placeholders.
/// </summary>
public sealed class Glossary
{
    readonly Dictionary<string, List<Term>> taxonomyTerms;
    readonly Taxonomy taxonomy;

    public Glossary(Taxonomy taxonomy)
    {
        this.taxonomy = taxonomy;
        taxonomyTerms = LocalizedText.Languages.ToDictionary(l => l, l => taxonomy.Concepts
            .SelectMany(c => c.Synonyms.GetValueOrDefault(l, []).Select(s => new Term(s, null))
                .Prepend(new Term(c.Labels[l], new LocalizedText(c.Labels["ko"], c.Labels["zh"], c.Labels["en"]))))
            .ToList());
    }

    /// <summary>A term found in a text; Target null marks a synonym that only blocks shorter labels inside it.</summary>
    sealed record Term(string Text, LocalizedText? Target);

    /// <summary>
    /// The text with every label (unless the service enforces them itself) and name replaced by a numbered placeholder
    /// and what each stands for in the target language.
    /// </summary>
    public ProtectedText Protect(string text, string from, string to, IEnumerable<LocalizedText> names, bool protectTerms = true)
    {
        var terms = (protectTerms ? taxonomyTerms.GetValueOrDefault(from, []) : [])
            .Concat(names.SelectMany(n => n.Present().Select(p => new Term(p.Text, n))))
            .Where(t => t.Text.Length > 0).OrderByDescending(t => t.Text.Length).ToLookup(t => char.ToLowerInvariant(t.Text[0]));
        var parts = new List<ProtectedText.Part>();
        var plain = 0;
        for (var i = 0; i < text.Length;)
        {
            var term = terms[char.ToLowerInvariant(text[i])].FirstOrDefault(t => MatchesAt(text, i, t.Text));
            if (term is null)
            {
                i++;
                continue;
            }
            if (term.Target is not null)
            {
                if (i > plain)
                    parts.Add(new(text[plain..i], null));
                parts.Add(new(term.Text, term.Target.Get(to) ?? term.Text));
                plain = i + term.Text.Length;
            }
            i += term.Text.Length;
        }
        if (plain < text.Length)
            parts.Add(new(text[plain..], null));
        return new ProtectedText(parts);
    }

    /// <summary>
    /// The taxonomy as a service-side glossary from one language to another, one "source TAB target" line each: every
    /// label and synonym of a concept in the source language becomes its target label. A source met twice keeps its
    /// first concept (services refuse duplicate sources); an empty term or one holding a tab or line break is left out.
    /// </summary>
    public string Entries(string from, string to)
    {
        var tsv = new StringBuilder();
        var sources = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var concept in taxonomy.Concepts)
        {
            var target = concept.Labels.GetValueOrDefault(to)?.Trim();
            if (!IsEntry(target))
                continue;
            foreach (var source in concept.Synonyms.GetValueOrDefault(from, []).Prepend(concept.Labels.GetValueOrDefault(from) ?? "").Select(s => s.Trim()))
                if (IsEntry(source) && sources.Add(source))
                    tsv.Append(source).Append('\t').Append(target).Append('\n');
        }
        return tsv.ToString();
    }

    static bool IsEntry(string? term) => !string.IsNullOrEmpty(term) && !term.Any(char.IsControl);

    /// <summary>Case-insensitive; a term starting or ending with a Latin letter or digit must not continue a word (omics is not in genomics).</summary>
    static bool MatchesAt(string text, int at, string term) =>
        at + term.Length <= text.Length
        && string.Compare(text, at, term, 0, term.Length, StringComparison.OrdinalIgnoreCase) == 0
        && !(IsWordChar(term[0]) && at > 0 && IsWordChar(text[at - 1]))
        && !(IsWordChar(term[^1]) && at + term.Length < text.Length && IsWordChar(text[at + term.Length]));

    static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c);
}
