using System.Collections.Concurrent;
using Lucene.Net.Analysis.Core;

namespace BioBridge.Language;

/// <summary>
/// The open-vocabulary bridge between Korean, Chinese and English: splits text into words and gives every word
/// the keys it shares with its translations. A Chinese word is known by itself and its CC-CEDICT senses; a Korean
/// word by itself, its Hanja readings as simplified Chinese (and their senses) and, for a loanword, the English words
/// its sound spells; an English word by its stem. Two words match when they share a key. Needs no taxonomy.
/// </summary>
public sealed class LexicalBridge(Lexicon lexicon)
{
    // A sense after the first, or a word of a multi-word first sense, names the word less surely.
    const float LaterSenseWeight = 0.8f, SenseWordWeight = 0.6f;

    static readonly Lazy<LexicalBridge> Embedded = new(() =>
    {
        ChineseSegmenter.AddWords(Lexicon.Default.ChineseWords);
        return new LexicalBridge(Lexicon.Default);
    });

    public static LexicalBridge Default => Embedded.Value;

    public Lexicon Lexicon { get; } = lexicon;

    /// <summary>
    /// The words of a text. Numbers, English and Chinese stop words and single Han or Hangul syllables are left out:
    /// on their own they say nothing about a field ("phase 1", 암 inside 암호).
    /// </summary>
    public List<BridgeWord> Words(string? text)
    {
        var words = new List<BridgeWord>();
        if (string.IsNullOrWhiteSpace(text))
            return words;
        var folded = TextFolding.Fold(text);
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            var start = i;
            if (TextFolding.IsHan(c))
            {
                while (i < folded.Length && TextFolding.IsHan(folded[i]))
                    i++;
                foreach (var (word, offset, pieces) in Remembered(hanRuns, folded[start..i], ChineseWords))
                    words.Add(new BridgeWord(word, start + offset, start + offset + word.Length, pieces));
            }
            else if (TextFolding.IsHangul(c))
            {
                while (i < folded.Length && TextFolding.IsHangul(folded[i]))
                    i++;
                foreach (var (word, _, pieces) in Remembered(hangulWords, folded[start..i], KoreanWord))
                    words.Add(new BridgeWord(word, start, start + word.Length, pieces));
            }
            else if (char.IsLetterOrDigit(c) && !TextFolding.IsCjk(c))
            {
                while (i < folded.Length && char.IsLetterOrDigit(folded[i]) && !TextFolding.IsCjk(folded[i]))
                    i++;
                var word = folded[start..i];
                if (word.Any(char.IsLetter) && !StopAnalyzer.ENGLISH_STOP_WORDS_SET.Contains(word) && word.Length >= 2)
                    words.Add(new BridgeWord(EnglishStems.Of(word), start, i, []));
            }
            else
            {
                i++;
            }
        }
        return words;
    }

    // Directories repeat their words: a Hangul word's stem and pieces, and a run of Han characters' words, are worked
    // out once (a bounded cache that starts over when full).
    const int RememberedLimit = 200_000;
    readonly ConcurrentDictionary<string, List<(string Word, int Offset, IReadOnlyList<BridgePiece> Pieces)>> hanRuns = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, List<(string Word, int Offset, IReadOnlyList<BridgePiece> Pieces)>> hangulWords = new(StringComparer.Ordinal);

    static List<(string, int, IReadOnlyList<BridgePiece>)> Remembered(
        ConcurrentDictionary<string, List<(string, int, IReadOnlyList<BridgePiece>)>> cache, string text,
        Func<string, List<(string, int, IReadOnlyList<BridgePiece>)>> analyze)
    {
        if (cache.TryGetValue(text, out var known))
            return known;
        if (cache.Count >= RememberedLimit)
            cache.Clear();
        return cache[text] = analyze(text);
    }

    List<(string, int, IReadOnlyList<BridgePiece>)> ChineseWords(string han) =>
        ChineseSegmenter.Words(han).Where(w => w.Word.Length >= 2 && !ChineseSegmenter.IsStopWord(w.Word))
            .Select(w => (w.Word, w.Start, ChinesePieces(w.Word))).ToList();

    List<(string, int, IReadOnlyList<BridgePiece>)> KoreanWord(string hangul)
    {
        var word = Lexicon.IsKoreanWord(hangul) ? hangul : hangul[..KoreanEndings.StemLength(hangul)];
        return word.Length >= 2 ? [(word, 0, KoreanPieces(word))] : [];
    }

    IReadOnlyList<BridgePiece> KoreanPieces(string word)
    {
        var split = Lexicon.SplitKorean(word);
        return split.Count <= 1 ? [] : split.Where(p => p.Length >= 2).Select(p => new BridgePiece(word.Substring(p.Start, p.Length), p.Start, p.Length)).ToList();
    }

    /// <summary>The dictionary words inside a Chinese word of three or more characters (生物反应器: 生物, 反应器, 反应).</summary>
    IReadOnlyList<BridgePiece> ChinesePieces(string word)
    {
        if (word.Length < 3)
            return [];
        var pieces = new List<BridgePiece>();
        for (var length = word.Length - 1; length >= 2; length--)
            for (var start = 0; start + length <= word.Length; start++)
                if (Lexicon.IsChineseWord(word.Substring(start, length)))
                    pieces.Add(new BridgePiece(word.Substring(start, length), start, length));
        return pieces;
    }

    /// <summary>The keys a word (a surface <see cref="Words"/> yields) is known by.</summary>
    public List<BridgeKey> KeysOf(string surface)
    {
        var keys = new List<BridgeKey>();
        void Add(string key, float weight, bool english)
        {
            var existing = keys.FindIndex(k => k.Key == key);
            if (existing < 0)
                keys.Add(new BridgeKey(key, weight, english));
            else if (keys[existing].Weight < weight)
                keys[existing] = new BridgeKey(key, weight, english);
        }
        void AddSenses(string chinese, float weight)
        {
            var senses = Lexicon.SensesOf(chinese);
            for (var s = 0; s < senses.Count; s++)
            {
                var senseWeight = weight * (s == 0 ? 1f : LaterSenseWeight);
                Add(senses[s], senseWeight, true);
                if (s == 0 && senses[s].Contains(' '))
                    foreach (var part in senses[s].Split(' ').Where(p => p.Length >= 3 && !StopAnalyzer.ENGLISH_STOP_WORDS_SET.Contains(p)))
                        Add(part, senseWeight * SenseWordWeight, true);
            }
        }
        if (surface.Length == 0)
            return keys;
        if (!TextFolding.IsCjk(surface[0]))
        {
            Add(surface, 1f, true);
            return keys;
        }
        Add(surface, 1f, false);
        if (TextFolding.IsHan(surface[0]))
        {
            AddSenses(surface, 1f);
            return keys;
        }
        var readings = Lexicon.ReadingsOf(surface);
        for (var r = 0; r < readings.Count; r++)
        {
            // hanja.txt lists a word's commonest reading first.
            var weight = r == 0 ? 1f : LaterSenseWeight;
            Add(readings[r], weight, false);
            AddSenses(readings[r], weight);
        }
        // A Sino-Korean word is not also read as a loanword (치료제 is no English word).
        if (keys.Count == 1)
            foreach (var english in Lexicon.LoanwordsOf(surface))
                Add(english, 1f, true);
        return keys;
    }
}
