namespace BioBridge.Language.Tests;

public class LexicalBridgeTests
{
    static readonly LexicalBridge Bridge = LexicalBridge.Default;

    static List<string> Keys(string surface) => Bridge.KeysOf(surface).Select(k => k.Key).ToList();

    [Fact]
    public void Korean_word_reaches_its_chinese_spelling_through_hanja()
    {
        Keys("세포").ShouldContain("细胞");
        Keys("세포").ShouldContain("cell");
    }

    [Fact]
    public void Korean_word_with_several_hanja_readings_keeps_each_known_one()
    {
        Keys("제약").ShouldContain("制药");
        Keys("제약").ShouldContain("制约");
    }

    [Theory]
    [InlineData("바이오리액터", "bioreactor")]
    [InlineData("마이크로캡슐", "microcapsul")]
    [InlineData("플랫폼", "platform")]
    [InlineData("모니터링", "monitor")]
    public void Hangul_loanword_matches_its_english_word(string korean, string englishStem)
    {
        Keys(korean).ShouldContain(englishStem);
    }

    [Fact]
    public void Sino_korean_word_is_not_read_as_a_loanword()
    {
        Keys("치료제").ShouldAllBe(k => !k.All(char.IsAsciiLetter));
    }

    [Fact]
    public void Sino_korean_word_with_a_suffix_is_split_not_read_as_a_loanword()
    {
        Keys("치료기").ShouldAllBe(k => !k.All(char.IsAsciiLetter));
        Bridge.Words("치료기").Single().Pieces.Select(p => p.Surface).ShouldContain("치료");
    }

    [Fact]
    public void Korean_compound_is_split_into_dictionary_words()
    {
        var word = Bridge.Words("세포치료제를").Single();
        word.Surface.ShouldBe("세포치료제");
        word.Pieces.Select(p => p.Surface).ShouldBe(["세포", "치료제"]);
    }

    [Theory]
    [InlineData("방사선치료계획시스템", "방사선 치료 계획 시스템")]
    [InlineData("잔류농약신속검사키트", "잔류 농약 신속 검사 키트")]
    public void Korean_compound_prefers_hanja_readings_to_loanword_guesses(string compound, string pieces)
    {
        Bridge.Words(compound).Single().Pieces.Select(p => p.Surface).ShouldBe(pieces.Split(' '));
    }

    [Fact]
    public void Chinese_text_is_segmented_into_dictionary_words_by_jieba()
    {
        Bridge.Words("研发生产人工耳蜗植入系统").Select(w => w.Surface).ShouldBe(["研发", "生产", "人工耳蜗", "植入", "系统"]);
    }

    [Fact]
    public void Chinese_word_is_known_by_its_cedict_senses()
    {
        Keys("人工耳蜗").ShouldContain("cochlear implant");
        Keys("生物反应器").ShouldContain("bioreactor");
    }

    [Fact]
    public void Numbers_stop_words_and_single_syllables_are_no_words()
    {
        Bridge.Words("the phase 1 of 암 的 12345").Select(w => w.Surface).ShouldBe(["phase"]);
    }

    [Fact]
    public void English_words_are_compared_as_stems()
    {
        Bridge.Words("Bioreactors").Single().Surface.ShouldBe(Bridge.Words("bioreactor").Single().Surface);
    }
}
