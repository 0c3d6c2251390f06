namespace BioBridge.Language.Tests;

public class BridgeWordsTests
{
    static List<string> Surfaces(string text) => LexicalBridge.Default.Words(text).Select(w => w.Surface).ToList();

    [Theory]
    [InlineData("마이크로캡슐을", "마이크로캡슐")]
    [InlineData("마이크로캡슐의", "마이크로캡슐")]
    [InlineData("서울에서", "서울")]
    [InlineData("항체를", "항체")]
    public void Korean_particles_do_not_change_the_words_of_a_text(string withParticle, string bare)
    {
        Surfaces(withParticle).ShouldBe(Surfaces(bare));
    }

    [Fact]
    public void Latin_words_are_case_width_and_accent_folded_and_stemmed()
    {
        Surfaces("Microcapsules").ShouldBe(Surfaces("microcapsule"));
        Surfaces("ＡＮＴＩＢＯＤＹ").ShouldBe(Surfaces("antibody"));
        Surfaces("Crème").ShouldBe(Surfaces("creme"));
        Surfaces("the antibodies of a company").ShouldNotContain("the");
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        var text = "AAV 벡터 생산";
        foreach (var word in LexicalBridge.Default.Words(text))
            text[word.Start..word.End].ShouldNotBeNullOrWhiteSpace();
    }
}
