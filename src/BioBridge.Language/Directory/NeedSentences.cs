namespace BioBridge.Language;

/// <summary>
/// Splits a description into sentences and tells those that say what the organization seeks ("중국 유통 파트너를
/// 찾고 있습니다", "寻求海外合作伙伴", "we are looking for a CDMO"): their words are needs, not offers.
/// </summary>
public static class NeedSentences
{
    static readonly string[] Cues =
    [
        "찾고", "찾습니다", "찾는", "모색", "구합니다", "구하고", "희망", "필요로", "필요합니다", "원합니다", "모집",
        "寻求", "寻找", "希望", "需要", "征求", "招募", "期待与", "诚邀",
        "seek", "looking for", "we need", "in need of", "wanted", "would like to find", "searching for", "in search of",
    ];

    static readonly char[] Ends = ['.', '!', '?', ';', '\n', '。', '！', '？', '；'];

    public static IEnumerable<(string Text, bool Seeks)> Of(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
            yield break;
        var start = 0;
        while (start < description.Length)
        {
            var end = description.IndexOfAny(Ends, start);
            end = end < 0 ? description.Length : end + 1;
            var sentence = description[start..end];
            if (!string.IsNullOrWhiteSpace(sentence))
                yield return (sentence, Cues.Any(c => sentence.Contains(c, StringComparison.OrdinalIgnoreCase)));
            start = end;
        }
    }
}
