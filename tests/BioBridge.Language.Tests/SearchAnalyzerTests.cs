namespace BioBridge.Language.Tests;

public class SearchAnalyzerTests
{
    static List<string> Terms(string text) => SearchAnalyzer.Tokenize(text).Select(t => t.Term).ToList();

    [Theory]
    [InlineData("마이크로캡슐을", "마이크로캡슐")]
    [InlineData("마이크로캡슐의", "마이크로캡슐")]
    [InlineData("서울에서", "서울")]
    [InlineData("항체를", "항체")]
    public void Korean_particles_do_not_change_the_terms_of_a_word(string withParticle, string bare)
    {
        Terms(withParticle).ShouldBe(Terms(bare));
    }

    [Fact]
    public void Chinese_is_indexed_as_overlapping_bigrams_so_any_substring_word_matches()
    {
        Terms("微胶囊原料").ShouldBe(["微胶", "胶囊", "囊原", "原料"]);
        Terms("微胶囊").ShouldBeSubsetOf(Terms("重庆小丸生物的微胶囊原料"));
    }

    [Fact]
    public void Latin_words_are_case_width_and_accent_folded_and_stemmed()
    {
        Terms("Microcapsules").ShouldBe(Terms("microcapsule"));
        Terms("ＡＮＴＩＢＯＤＹ").ShouldBe(Terms("antibody"));
        Terms("Crème").ShouldBe(Terms("creme"));
        Terms("the antibodies of a company").ShouldNotContain("the");
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        var text = "AAV 벡터 생산";
        foreach (var token in SearchAnalyzer.Tokenize(text))
            text[token.Start..token.End].ShouldNotBeNullOrWhiteSpace();
    }
}
