using JiebaNet.Segmenter;

namespace BioBridge.Language;

/// <summary>
/// Chinese word segmentation by jieba.NET (its dictionary ships in the build output under jieba/), with CC-CEDICT's
/// words and the taxonomy's Chinese terms added as a user dictionary so domain compounds (人工耳蜗, 微胶囊) stay whole.
/// </summary>
public static class ChineseSegmenter
{
    // A user word's frequency: low, so jieba's own common words win, yet a known compound beats two rare halves.
    const int UserWordFrequency = 5;
    static readonly Lock Gate = new();
    static readonly HashSet<string> Added = new(StringComparer.Ordinal);

    // jieba reads its files from a folder: the build output's, whatever the working directory.
    static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "jieba");

    static readonly Lazy<JiebaSegmenter> Segmenter = new(() =>
    {
        ConfigManager.ConfigFileBaseDir = Folder;
        return new JiebaSegmenter();
    });

    // jieba's list of Chinese function words (什么, 我们, 以及): they say nothing about a field.
    static readonly Lazy<HashSet<string>> StopWords = new(() =>
        File.ReadLines(Path.Combine(Folder, "stopwords.txt")).Select(l => l.Trim().TrimStart('\uFEFF'))
            .Where(l => l.Length > 0 && l.All(TextFolding.IsHan)).ToHashSet(StringComparer.Ordinal));

    public static bool IsStopWord(string word) => StopWords.Value.Contains(word);

    /// <summary>Words jieba should keep whole; each is added once.</summary>
    public static void AddWords(IEnumerable<string> words)
    {
        lock (Gate)
        {
            var segmenter = Segmenter.Value;
            foreach (var word in words)
                if (word.Length >= 2 && word.All(TextFolding.IsHan) && Added.Add(word)
                    && WordDictionary.Instance.GetFreqOrDefault(word) <= 1)
                    segmenter.AddWord(word, UserWordFrequency);
        }
    }

    /// <summary>The words of a run of Han characters, with their offsets in it.</summary>
    public static IEnumerable<(string Word, int Start)> Words(string han) =>
        Segmenter.Value.Tokenize(han).Select(t => (t.Word, t.StartIndex));
}
