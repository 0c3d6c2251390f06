using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace BioBridge.Language;

/// <summary>A search token and where it came from in the analyzed text.</summary>
public readonly record struct TextToken(string Term, int Start, int End);

/// <summary>
/// Tokenizes ko, zh and en text with Lucene.Net's analysis chain: Unicode word breaking, width and case
/// folding, accent folding, Korean particles and endings trimmed, Han and Hangul as overlapping bigrams
/// (so compounds written with or without spaces still match), English stop words and Porter stemming.
/// </summary>
public static class SearchAnalyzer
{
    const LuceneVersion Version = LuceneVersion.LUCENE_48;
    static readonly Analyzer Chain = new MultilingualAnalyzer();

    public static List<TextToken> Tokenize(string? text)
    {
        var tokens = new List<TextToken>();
        if (string.IsNullOrWhiteSpace(text))
            return tokens;
        using var stream = Chain.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(new TextToken(term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }

    sealed class MultilingualAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(Version, stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new KoreanParticleFilter(stream);
            stream = new CJKBigramFilter(stream, CJKScript.HAN | CJKScript.HANGUL);
            stream = new StopFilter(Version, stream, StopAnalyzer.ENGLISH_STOP_WORDS_SET);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}

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

/// <summary>Trims Korean particles and endings from Hangul tokens (<see cref="KoreanEndings"/>).</summary>
sealed class KoreanParticleFilter : TokenFilter
{
    readonly ICharTermAttribute term;
    readonly ITypeAttribute type;

    public KoreanParticleFilter(TokenStream input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        if (type.Type == StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL])
            term.SetLength(KoreanEndings.StemLength(term.ToString()));
        return true;
    }
}
