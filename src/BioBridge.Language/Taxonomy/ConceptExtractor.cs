using System.Text;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace BioBridge.Language;

/// <summary>
/// Finds taxonomy concepts in free text in any of ko, zh and en: longest match over every label and synonym.
/// Text and terms become the same unit sequence (a stemmed Latin word, or one Han/Hangul character), so
/// "microcapsules" matches "microcapsule", "마이크로캡슐을" matches "마이크로캡슐", and spacing and hyphens
/// inside compounds ("세포 치료제", "CAR-T") do not matter. Thread-safe after construction.
/// </summary>
public sealed class ConceptExtractor
{
    readonly Node root = new();

    public ConceptExtractor(Taxonomy taxonomy)
    {
        Taxonomy = taxonomy;
        foreach (var concept in taxonomy.Concepts)
            foreach (var term in concept.Terms)
                Add(term, concept);
    }

    public Taxonomy Taxonomy { get; }

    void Add(string term, Concept concept)
    {
        var units = Units(term);
        // A single Han or Hangul character (암, 药) would match inside unrelated words.
        if (units.Count == 0 || (units.Count == 1 && units[0].Text.Length == 1 && TextFolding.IsCjk(units[0].Text[0])))
            return;
        var node = root;
        foreach (var unit in units)
        {
            if (unit.Text == Break)
                return;
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(unit.Text, out var next))
                node.Next[unit.Text] = next = new Node();
            node = next;
        }
        // The first concept to claim a term keeps it: the data file lists general concepts first.
        node.Concept ??= concept;
        node.Term ??= term;
    }

    /// <summary>Non-overlapping mentions, left to right, each the longest term starting at its position.</summary>
    public List<ConceptMention> Extract(string? text)
    {
        var mentions = new List<ConceptMention>();
        if (string.IsNullOrWhiteSpace(text))
            return mentions;
        var units = Units(text);
        var i = 0;
        while (i < units.Count)
        {
            var node = root;
            Node? best = null;
            var bestEnd = i;
            for (var j = i; j < units.Count && node.Next is not null && node.Next.TryGetValue(units[j].Text, out var next); j++)
            {
                node = next;
                if (node.Concept is not null)
                    (best, bestEnd) = (node, j + 1);
            }
            if (best is null)
            {
                i++;
                continue;
            }
            var start = units[i].Start;
            mentions.Add(new ConceptMention(best.Concept!, best.Term!, start, units[bestEnd - 1].End - start));
            i = bestEnd;
        }
        return mentions;
    }

    /// <summary>Distinct concept codes mentioned in any of the texts, in order of first mention.</summary>
    public IEnumerable<string> ConceptCodes(IEnumerable<string?> texts) =>
        texts.SelectMany(t => Extract(t)).Select(m => m.Concept.Code).Distinct();

    const string Break = "\u0001";

    readonly record struct Unit(string Text, int Start, int End);

    // Offsets refer to the folded text; folding keeps lengths for the scripts we match in.
    static List<Unit> Units(string text)
    {
        var folded = TextFolding.Fold(text);
        var units = new List<Unit>();
        var word = new StringBuilder();
        var wordStart = 0;
        var stemmer = new EnglishStemmer();
        for (var i = 0; i <= folded.Length; i++)
        {
            var c = i < folded.Length ? folded[i] : ' ';
            var latin = char.IsLetterOrDigit(c) && !TextFolding.IsCjk(c);
            if (latin)
            {
                if (word.Length == 0)
                    wordStart = i;
                word.Append(c);
                continue;
            }
            if (word.Length > 0)
            {
                units.Add(new Unit(Stem(stemmer, word.ToString()), wordStart, i));
                word.Clear();
            }
            if (TextFolding.IsCjk(c))
                units.Add(new Unit(c.ToString(), i, i + 1));
            else if (char.IsWhiteSpace(c) && i > 0 && TextFolding.IsHan(folded[i - 1]) && i + 1 < folded.Length && TextFolding.IsHan(folded[i + 1]))
                units.Add(new Unit(Break, i, i + 1)); // Chinese has no spaces inside words: one between Han characters ends a term
            else if (!char.IsWhiteSpace(c) && c is not '-' and not '\'' and not '’' and not '·' and not '/' and not '.' and not '&')
                units.Add(new Unit(Break, i, i + 1));
        }
        return units;
    }

    static string Stem(EnglishStemmer stemmer, string word)
    {
        if (word.Length <= 3 || !word.All(char.IsAsciiLetter))
            return word;
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public Concept? Concept;
        public string? Term;
    }
}
