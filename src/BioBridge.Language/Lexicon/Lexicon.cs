using System.IO.Compression;
using System.Text;

namespace BioBridge.Language;

/// <summary>
/// The open-vocabulary bridge data, derived from licensed dictionaries by tools/lexicon/derive.py (sources in
/// THIRD-PARTY-NOTICES): simplified Chinese words with their English senses (CC-CEDICT), Korean words with their
/// Hanja readings in simplified Chinese (libhangul's hanja.txt, Unihan), and, from the English senses, a table of
/// consonant skeletons that matches Hangul loanwords (마이크로캡슐) to English words (microcapsule).
/// Thread-safe after loading.
/// </summary>
public sealed class Lexicon
{
    static readonly Lazy<Lexicon> Embedded = new(() =>
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("BioBridge.Language.lexicon.tsv.gz")
            ?? throw new InvalidOperationException("embedded lexicon.tsv.gz missing");
        return Parse(new GZipStream(stream, CompressionMode.Decompress));
    });

    // A loanword skeleton shorter than this matches too many English words; two syllables (축구, 경기) say even less.
    const int MinSkeleton = 4, MinTwoSyllableSkeleton = 5;

    readonly Dictionary<string, string[]> senses = new(StringComparer.Ordinal);
    readonly Dictionary<string, string[]> readings = new(StringComparer.Ordinal);
    readonly Dictionary<string, string[]> bySkeleton = new(StringComparer.Ordinal);

    /// <summary>The lexicon shipped in this assembly (Lexicon/lexicon.tsv.gz).</summary>
    public static Lexicon Default => Embedded.Value;

    public static Lexicon Parse(Stream stream)
    {
        var lexicon = new Lexicon();
        // Per skeleton, English stems with how many Chinese words use them: the commonest spelling of a sound first.
        var english = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length != 3)
                continue;
            var values = fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries);
            if (fields[0] == "K")
                lexicon.readings[fields[1]] = values;
            else if (fields[0] == "C")
            {
                lexicon.senses[fields[1]] = values.Select(EnglishStems.OfPhrase).Distinct().ToArray();
                foreach (var word in values.SelectMany(v => v.Split(' ', '-')).Where(w => w.Length >= 4))
                    if (Skeleton.OfEnglish(word) is { Length: >= MinSkeleton } skeleton)
                    {
                        var stems = english.TryGetValue(skeleton, out var known) ? known : english[skeleton] = new(StringComparer.Ordinal);
                        var stem = EnglishStems.Of(word);
                        stems[stem] = stems.GetValueOrDefault(stem) + 1;
                    }
            }
        }
        foreach (var (skeleton, stems) in english)
            lexicon.bySkeleton[skeleton] = stems.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
                .Take(3).Select(s => s.Key).ToArray();
        return lexicon;
    }

    /// <summary>English senses of a simplified Chinese word, stemmed ("cell", "clinic trial"), most common first; empty when unknown.</summary>
    public IReadOnlyList<string> SensesOf(string chinese) => senses.GetValueOrDefault(chinese) ?? [];

    public bool IsChineseWord(string chinese) => senses.ContainsKey(chinese);

    public IEnumerable<string> ChineseWords => senses.Keys;

    /// <summary>The simplified Chinese spellings of a Sino-Korean word's Hanja readings (세포 -> 细胞; 제약 -> 制约, 制药).</summary>
    public IReadOnlyList<string> ReadingsOf(string korean) => readings.GetValueOrDefault(korean) ?? [];

    public bool IsKoreanWord(string korean) => readings.ContainsKey(korean);

    /// <summary>English stems a Hangul loanword may spell (바이오리액터 -> bioreactor); empty for short or native words.</summary>
    public IReadOnlyList<string> LoanwordsOf(string korean) =>
        Skeleton.OfHangul(korean) is { } skeleton && skeleton.Length >= (korean.Length == 2 ? MinTwoSyllableSkeleton : MinSkeleton)
            && !IsSinoKoreanWithSuffix(korean)
            ? bySkeleton.GetValueOrDefault(skeleton) ?? []
            : [];

    /// <summary>
    /// Sino-Korean words but for a last syllable: a Sino-Korean compound with a suffix (치료기 = 치료 + 器, 제조사 =
    /// 제조 + 社), not a loanword whose sound happens to spell an English word (치료기 is no "silica").
    /// </summary>
    bool IsSinoKoreanWithSuffix(string word)
    {
        var stem = word.Length - 1;
        if (stem < 2)
            return false;
        // covered[i]: the first i syllables are a sequence of Sino-Korean words.
        var covered = new bool[stem + 1];
        covered[0] = true;
        for (var i = 2; i <= stem; i++)
            for (var j = i - 2; j >= 0 && !covered[i]; j--)
                covered[i] = covered[j] && IsKoreanWord(word[j..i]);
        return covered[stem];
    }

    /// <summary>
    /// Splits a Hangul word into dictionary words (Sino-Korean words and loanwords of at least two syllables) so a
    /// compound (세포치료제, 마이크로캡슐원료) is matched by its parts: least uncertainty, then fewest pieces. A syllable
    /// left uncovered costs two, one a loanword covers one (a Hanja reading is listed, a loanword only guessed from its
    /// sound): 방사선 + 치료 + 계획 + 시스템, not 방사 + 선치 + 료계획 + 시스템; 신속 + 검사 + 키트, not 신속 + 검 + 사키트.
    /// Uncovered stretches stay pieces of their own; the word itself is never one of its pieces, and a loanword is
    /// not split (바이오리액터 is not 바이오리 + 액터).
    /// </summary>
    public IReadOnlyList<(int Start, int Length)> SplitKorean(string word)
    {
        var n = word.Length;
        if (n < 3 || LoanwordsOf(word).Count > 0)
            return [(0, n)];
        var best = new KoreanSplit[n + 1];
        for (var i = 1; i <= n; i++)
        {
            best[i] = new KoreanSplit(best[i - 1].Cost + 2, best[i - 1].Pieces + 1, i - 1, false);
            for (var j = Math.Max(0, i - 12); j <= i - 2; j++)
            {
                if (j == 0 && i == n)
                    continue;
                var piece = word[j..i];
                var loanword = !IsKoreanWord(piece);
                if (loanword && LoanwordsOf(piece).Count == 0)
                    continue;
                var candidate = new KoreanSplit(best[j].Cost + (loanword ? i - j : 0), best[j].Pieces + 1, j, true);
                if (candidate.IsBetterThan(best[i]))
                    best[i] = candidate;
            }
        }
        var pieces = new List<(int Start, int Length)>();
        for (var i = n; i > 0;)
        {
            var from = best[i].From;
            // Consecutive uncovered syllables make one unknown piece.
            if (!best[i].Known)
                while (from > 0 && !best[from].Known)
                    from = best[from].From;
            pieces.Add((from, i - from));
            i = from;
        }
        pieces.Reverse();
        return pieces;
    }
}
