namespace BioBridge.Language.Tests;

public class TaxonomyTests
{
    [Fact]
    public void Shipped_taxonomy_has_at_least_150_concepts_labelled_in_all_three_languages()
    {
        var taxonomy = Taxonomy.Default;
        taxonomy.Concepts.Count.ShouldBeGreaterThanOrEqualTo(150);
        foreach (var concept in taxonomy.Concepts)
            foreach (var language in LocalizedText.Languages)
                concept.Labels.ShouldContainKey(language, $"{concept.Code} lacks a {language} label");
    }

    [Fact]
    public void Shipped_taxonomy_bridges_microcapsule_across_languages()
    {
        var taxonomy = Taxonomy.Default;
        taxonomy.Resolve("마이크로캡슐")!.Code.ShouldBe("microcapsule");
        taxonomy.Resolve("微胶囊")!.Code.ShouldBe("microcapsule");
        taxonomy.Resolve("Microcapsule")!.Code.ShouldBe("microcapsule");
    }

    [Fact]
    public void Resolves_codes_labels_and_synonyms_ignoring_case_width_and_spacing()
    {
        var taxonomy = SampleTaxonomy.Instance;
        taxonomy.Resolve("car-t")!.Code.ShouldBe("car-t");
        taxonomy.Resolve("세포 치료제")!.Code.ShouldBe("cell-therapy");
        taxonomy.Resolve("ＭＩＣＲＯＥＮＣＡＰＳＵＬＡＴＩＯＮ")!.Code.ShouldBe("microcapsule");
        taxonomy.Resolve("微囊")!.Code.ShouldBe("microcapsule");
        taxonomy.Resolve("quantum")!.ShouldBeNull();
    }

    [Fact]
    public void Walks_the_tree_and_measures_distance_through_the_common_ancestor()
    {
        var taxonomy = SampleTaxonomy.Instance;
        taxonomy.AncestorsOf("car-t").Select(c => c.Code).ShouldBe(["cell-therapy", "modality"]);
        taxonomy.DescendantsOf("modality").Select(c => c.Code).ShouldBe(["cell-therapy", "car-t", "antibody"], ignoreOrder: true);
        taxonomy.Distance("car-t", "antibody").ShouldBe(3);
        taxonomy.Distance("microcapsule", "liposome").ShouldBe(2);
        taxonomy.Distance("microcapsule", "cosmetics").ShouldBeNull();
        taxonomy.Find("car-t")!.Depth.ShouldBe(2);
    }

    [Theory]
    [InlineData("""{"concepts": [{"code": "a", "labels": {"ko": "가", "zh": "甲"}}]}""", "concept #1 'a': missing label for 'en'")]
    [InlineData("""{"concepts": [{"code": "a", "parent": "zz", "labels": {"ko": "가", "zh": "甲", "en": "a"}}]}""", "concept 'a': parent 'zz' is not a concept")]
    [InlineData("""{"concepts": [{"code": "a", "labels": {"ko": "가", "zh": "甲", "en": "a"}}, {"code": "a", "labels": {"ko": "가", "zh": "甲", "en": "a"}}]}""", "concept #2 'a': duplicate code")]
    [InlineData("""{"concepts": [{"code": "a", "parent": "b", "labels": {"ko": "가", "zh": "甲", "en": "a"}}, {"code": "b", "parent": "a", "labels": {"ko": "나", "zh": "乙", "en": "b"}}]}""", "its parents form a cycle")]
    [InlineData("""{"concepts": 5""", "not valid JSON")]
    public void Rejects_a_bad_data_file_naming_the_concept_and_the_reason(string json, string expected)
    {
        Should.Throw<TaxonomyFormatException>(() => Taxonomy.Parse(json)).Message.ShouldContain(expected);
    }
}
