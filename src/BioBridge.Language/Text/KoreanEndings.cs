namespace BioBridge.Language;

/// <summary>
/// The common Korean particles and verb endings at the end of a Hangul word (마이크로캡슐을 → 마이크로캡슐),
/// so "을/를/의/에서" never stand between a query and a profile. A word keeps at least two syllables.
/// </summary>
static class KoreanEndings
{
    // Longest first, so 에서 is tried before 서 and 으로 before 로.
    static readonly string[] Endings =
    [
        "에서부터", "으로부터", "에서의", "으로서", "으로써", "에게서", "입니다", "합니다", "됩니다", "이라는",
        "에서", "에게", "으로", "로서", "로써", "까지", "부터", "처럼", "보다", "라는", "하는", "하고", "하며", "되는",
        "했다", "한다", "된다", "이며", "이고", "과의", "와의", "에의", "들의", "들을", "들이", "들은",
        "을", "를", "이", "가", "은", "는", "의", "에", "와", "과", "도", "만", "로", "들", "한", "된",
    ];

    /// <summary>How many characters of the word are left once its ending is trimmed.</summary>
    public static int StemLength(string word)
    {
        foreach (var ending in Endings)
            if (word.Length - ending.Length >= 2 && word.EndsWith(ending, StringComparison.Ordinal))
                return word.Length - ending.Length;
        return word.Length;
    }
}
