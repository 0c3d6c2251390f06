using static BioBridge.Language.Tests.SampleTaxonomy;

namespace BioBridge.Language.Tests;

public class DirectoryIndexTests
{
    static DirectoryIndex Directory()
    {
        var index = new DirectoryIndex(Instance);
        index.UpsertMany(Profiles());
        return index;
    }

    static OrganizationDocument[] Profiles() =>
        [
            Organization("cq-capsule", "zh", "小丸微囊科技", "为化妆品和食品生产微胶囊原料。", offers: ["微胶囊原料"], needs: ["韩国化妆品分销"],
                cluster: "liangjiang", regions: ["EU", "SEA"]),
            Organization("sbh-beauty", "ko", "한빛 뷰티", "기능성 화장품 브랜드입니다.", offers: ["화장품 유통"], needs: ["마이크로캡슐 원료"],
                regions: ["SEA"]),
            Organization("sbh-lipo", "ko", "리포젠", "리포좀 약물전달 플랫폼을 개발합니다.", offers: ["리포좀"], needs: ["항체"]),
            Organization("en-cart", "en", "Helix Cell", "Develops CAR-T cell therapies for lung cancer.", offers: ["CAR-T"], needs: ["antibody"],
                cluster: "other", kind: "institute"),
            Organization("cq-antibody", "zh", "两江抗体", "抗体药物研发与生产。", offers: ["抗体"], needs: ["细胞治疗合作"], cluster: "liangjiang"),
            Organization("cq-antibody-sister", "zh", "两江抗体二厂", "抗体生产基地。", offers: ["抗体"], cluster: "liangjiang", group: "lj-antibody-group"),
            Organization("cq-hidden", "zh", "未公开微胶囊公司", "微胶囊。", cluster: "liangjiang", published: false),
        ];

    static List<string> Ids(SearchResults results) => results.Hits.Select(h => h.ExternalId).ToList();

    [Fact]
    public void A_korean_query_finds_a_profile_written_only_in_chinese()
    {
        var results = Directory().Search(new SearchQuery { Text = "마이크로캡슐을 공급" });
        Ids(results)[0].ShouldBe("cq-capsule", string.Join("; ", results.Hits.Select(h => $"{h.ExternalId} {h.Score} {string.Join("/", h.MatchedTerms)} {string.Join("/", h.MatchedConcepts)}")));
        results.Hits[0].MatchedConcepts.ShouldContain("microcapsule");
    }

    [Fact]
    public void A_chinese_query_finds_a_profile_written_only_in_korean()
    {
        Ids(Directory().Search(new SearchQuery { Text = "脂质体" })).ShouldBe(["sbh-lipo"]);
    }

    [Fact]
    public void An_english_query_finds_profiles_in_both_asian_languages()
    {
        var ids = Ids(Directory().Search(new SearchQuery { Text = "microcapsule" }));
        ids.ShouldContain("cq-capsule");
        ids.ShouldContain("sbh-beauty");
    }

    [Fact]
    public void A_broad_concept_finds_profiles_tagged_with_narrower_ones()
    {
        Ids(Directory().Search(new SearchQuery { Text = "세포치료제" })).ShouldContain("en-cart");
    }

    [Fact]
    public void Plain_words_match_within_the_same_language_and_are_reported()
    {
        var hit = Directory().Search(new SearchQuery { Text = "Helix" }).Hits.Single();
        hit.ExternalId.ShouldBe("en-cart");
        hit.MatchedTerms.ShouldBe(["Helix"]);
    }

    [Fact]
    public void Profiles_matching_every_part_of_the_query_rank_first()
    {
        Ids(Directory().Search(new SearchQuery { Text = "抗体 细胞治疗" }))[0].ShouldBe("cq-antibody");
    }

    [Fact]
    public void Filters_narrow_results_and_facets_count_the_matches()
    {
        var index = Directory();
        Ids(index.Search(new SearchQuery { Text = "抗体", Cluster = "liangjiang" })).ShouldBe(["cq-antibody", "cq-antibody-sister"], ignoreOrder: true);
        Ids(index.Search(new SearchQuery { ConceptCode = "modality" })).ShouldBe(["en-cart", "cq-antibody", "cq-antibody-sister", "sbh-lipo"], ignoreOrder: true);
        Ids(index.Search(new SearchQuery { ExportRegion = "SEA" })).ShouldBe(["cq-capsule", "sbh-beauty"], ignoreOrder: true);
        Ids(index.Search(new SearchQuery { Kind = "institute" })).ShouldBe(["en-cart"]);
        Ids(index.Search(new SearchQuery { Cluster = "nowhere" })).ShouldBeEmpty();

        var all = index.Search(new SearchQuery());
        all.Total.ShouldBe(6);
        all.Facets.Clusters["liangjiang"].ShouldBe(3);
        all.Facets.Kinds["institute"].ShouldBe(1);
        all.Facets.ExportRegions["SEA"].ShouldBe(2);
        all.Facets.Concepts["microcapsule"].ShouldBe(2);
    }

    [Fact]
    public void Unpublished_profiles_are_found_only_when_asked_for()
    {
        var index = Directory();
        Ids(index.Search(new SearchQuery { Text = "未公开" })).ShouldBeEmpty();
        Ids(index.Search(new SearchQuery { Text = "未公开", IncludeUnpublished = true })).ShouldBe(["cq-hidden"]);
    }

    [Fact]
    public void Upsert_replaces_an_organization_and_no_earlier_answer_is_served_again()
    {
        var index = Directory();
        Ids(index.Search(new SearchQuery { Text = "리포좀" })).ShouldBe(["sbh-lipo"]);
        index.Recommend("sbh-lipo", 3).ShouldNotBeNull();
        index.UpsertMany([Organization("sbh-lipo", "en", "Lipogen", "Now an antibody company.")]);
        index.Count.ShouldBe(7);
        Ids(index.Search(new SearchQuery { Text = "리포좀" })).ShouldBeEmpty();
        Ids(index.Search(new SearchQuery { Text = "Lipogen" })).ShouldBe(["sbh-lipo"]);
    }

    [Fact]
    public void Replacing_organizations_with_the_same_profiles_leaves_every_ranking_and_score_unchanged()
    {
        // Two nodes reach the same organizations by different histories (one imported, one refreshed twice).
        var fresh = Directory();
        var updated = Directory();
        updated.UpsertMany(Profiles().Reverse());
        updated.UpsertMany(Profiles().Where((_, i) => i % 2 == 0));
        foreach (var text in new[] { "抗体", "항체", "antibody", "마이크로캡슐", "cell therapy", "" })
        {
            var query = new SearchQuery { Text = text, Take = 20 };
            updated.Search(query).Hits.Select(h => (h.ExternalId, h.Score))
                .ShouldBe(fresh.Search(query).Hits.Select(h => (h.ExternalId, h.Score)), $"results for '{text}'");
        }
        updated.Recommend("sbh-lipo", 5)!.Select(r => (r.ExternalId, r.Score))
            .ShouldBe(fresh.Recommend("sbh-lipo", 5)!.Select(r => (r.ExternalId, r.Score)));
    }

    [Fact]
    public void Paging_skips_and_takes_from_the_ranked_list()
    {
        var index = Directory();
        var all = Ids(index.Search(new SearchQuery { Take = 100 }));
        Ids(index.Search(new SearchQuery { Skip = 2, Take = 2 })).ShouldBe(all.Skip(2).Take(2).ToList());
    }

    [Fact]
    public void Recommends_the_organization_that_offers_what_one_needs_across_the_border()
    {
        var suggestions = Directory().Recommend("sbh-beauty", 3)!;
        suggestions[0].ExternalId.ShouldBe("cq-capsule");
        var reasons = suggestions[0].Reasons;
        reasons.ShouldContain(r => r.Kind == ReasonKind.TheyOffer && r.Pairs.Any(p => p.Mine == "microcapsule" && p.Theirs == "microcapsule"));
        reasons.ShouldContain(r => r.Kind == ReasonKind.OtherCluster);
        reasons.ShouldContain(r => r.Kind == ReasonKind.SharedMarkets && r.Codes.Contains("SEA"));
    }

    [Fact]
    public void Never_recommends_itself_its_own_group_or_unpublished_organizations()
    {
        var index = Directory();
        var ids = index.Recommend("cq-antibody-sister", 10)!.Select(r => r.ExternalId).ToList();
        ids.ShouldNotContain("cq-antibody-sister");
        ids.ShouldNotContain("cq-hidden");
        index.Recommend("en-cart", 10)!.Select(r => r.ExternalId).ShouldNotContain("cq-hidden");
        index.Recommend("unknown", 5).ShouldBeNull();
    }

    [Fact]
    public void Recommendation_reasons_read_in_the_readers_language()
    {
        var reason = Directory().Recommend("sbh-beauty", 1)![0].Reasons.First(r => r.Kind == ReasonKind.TheyOffer);
        reason.Describe("en", Instance).ShouldBe("They offer what you seek: microcapsule");
        reason.Describe("ko", Instance).ShouldBe("상대가 귀사가 찾는 것을 제공: 마이크로캡슐");
        reason.Describe("zh", Instance).ShouldBe("对方提供您需要的：微胶囊");
    }

    [Fact]
    public void A_need_is_answered_by_a_narrower_offer()
    {
        var top = Directory().Recommend("cq-antibody", 1)![0];
        top.ExternalId.ShouldBe("en-cart");
        top.Reasons.ShouldContain(r => r.Kind == ReasonKind.TheyOffer && r.Pairs.Any(p => p.Mine == "cell-therapy" && p.Theirs == "car-t"));
    }
}
