using BioBridge.Language;

namespace BioBridge.Tests.Translation;

/// <summary>A phrase in another language than the reader's is bridged to the taxonomy concepts it names, with no translation service.</summary>
public sealed class BridgedPhraseTests
{
    static readonly ConceptExtractor Extractor = new(Taxonomy.Default);

    [Fact]
    public void A_chinese_offer_names_its_language_and_its_concepts_read_in_korean_and_english()
    {
        var phrase = BridgedPhrase.Of("微胶囊包埋技术服务", Extractor);
        phrase.Language.ShouldBe("zh");
        var concept = phrase.Concepts.Single(c => c.Code == "microcapsule");
        concept.LabelIn("ko").ShouldBe("마이크로캡슐");
        concept.LabelIn("en").ShouldBe("microcapsule");
    }

    [Fact]
    public void A_korean_need_is_bridged_to_the_same_concept_once_however_often_it_names_it()
    {
        var phrase = BridgedPhrase.Of("마이크로캡슐 및 미세캡슐 제형 파트너", Extractor);
        phrase.Language.ShouldBe("ko");
        phrase.Concepts.Count(c => c.Code == "microcapsule").ShouldBe(1);
        phrase.Concepts.Single(c => c.Code == "microcapsule").LabelIn("zh").ShouldBe("微胶囊");
    }

    [Fact]
    public void A_phrase_naming_no_concept_still_names_its_language()
    {
        var phrase = BridgedPhrase.Of("寻找长期伙伴", Extractor);
        phrase.Language.ShouldBe("zh");
        phrase.Concepts.ShouldBeEmpty();
    }
}
