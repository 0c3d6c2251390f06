namespace BioBridge.Language.Tests;

public class ConceptExtractorTests
{
    readonly ConceptExtractor extractor = new(SampleTaxonomy.Instance);

    List<string> Codes(string text) => extractor.Extract(text).Select(m => m.Concept.Code).ToList();

    [Theory]
    [InlineData("화장품용 마이크로캡슐을 생산합니다")]
    [InlineData("我们生产化妆品用微胶囊原料")]
    [InlineData("We make Microcapsules for cosmetic brands")]
    [InlineData("Microencapsulation services for cosmetic brands")]
    public void Finds_the_same_concept_in_each_language(string text)
    {
        Codes(text).ShouldContain("microcapsule");
        Codes(text).ShouldContain("cosmetics");
    }

    [Fact]
    public void Prefers_the_longest_term()
    {
        Codes("new lung cancer drugs").ShouldBe(["lung-cancer"]);
        Codes("폐암 치료").ShouldBe(["lung-cancer"]);
    }

    [Fact]
    public void Ignores_spacing_and_hyphens_inside_terms()
    {
        Codes("세포 치료제 개발").ShouldBe(["cell-therapy"]);
        Codes("CAR T cell therapy").ShouldBe(["car-t"]);
        Codes("next-generation car-t").ShouldBe(["car-t"]);
    }

    [Fact]
    public void A_space_between_chinese_words_ends_a_term_but_korean_spacing_does_not()
    {
        Codes("微胶囊 化妆品").ShouldBe(["microcapsule", "cosmetics"]);
        Codes("세포 치료제").ShouldBe(["cell-therapy"]);
    }

    [Fact]
    public void Does_not_match_single_character_cjk_terms_or_parts_of_latin_words()
    {
        Codes("癌症").ShouldBeEmpty();
        Codes("anticancerous precancerosis").ShouldBeEmpty();
        Codes("distributions").ShouldBe(["distribution"]);
    }

    [Fact]
    public void Reports_where_each_mention_is()
    {
        var mention = extractor.Extract("우리는 리포좀 기술").Single();
        mention.Concept.Code.ShouldBe("liposome");
        mention.Start.ShouldBe(4);
        mention.Length.ShouldBe(3);
    }
}
