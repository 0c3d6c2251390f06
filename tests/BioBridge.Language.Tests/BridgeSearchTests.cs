using static BioBridge.Language.Tests.SampleTaxonomy;

namespace BioBridge.Language.Tests;

/// <summary>Search and recommendations in fields the sample taxonomy does not cover: only the lexical bridge joins the languages.</summary>
public class BridgeSearchTests
{
    static DirectoryIndex Directory(params OrganizationDocument[] profiles)
    {
        var index = new DirectoryIndex(Instance);
        index.UpsertMany(profiles);
        return index;
    }

    static readonly OrganizationDocument ChineseFeedMaker =
        Organization("cq-feed", "zh", "两江饲料", "生产动物饲料添加剂。", offers: ["动物饲料"], cluster: "liangjiang");
    static readonly OrganizationDocument ChineseBioreactorMaker =
        Organization("cq-reactor", "zh", "两江装备", "研发生产一次性生物反应器。", offers: ["生物反应器"], cluster: "liangjiang");
    static readonly OrganizationDocument KoreanBioreactorMaker =
        Organization("sbh-reactor", "ko", "한강장비", "일회용 바이오리액터를 제조합니다.", offers: ["바이오리액터"]);
    static readonly OrganizationDocument KoreanMicrobiome =
        Organization("sbh-microbiome", "ko", "장건강연구소", "마이크로바이옴 분석 서비스를 제공합니다.", offers: ["마이크로바이옴 분석"]);

    static List<string> Ids(DirectoryIndex index, string query) =>
        index.Search(new SearchQuery { Text = query }).Hits.Select(h => h.ExternalId).ToList();

    [Fact]
    public void Korean_query_finds_Chinese_provider_through_hanja()
    {
        Ids(Directory(ChineseFeedMaker, ChineseBioreactorMaker), "동물 사료").ShouldBe(["cq-feed"]);
    }

    [Fact]
    public void English_query_finds_Chinese_provider_through_cedict()
    {
        Ids(Directory(ChineseFeedMaker, ChineseBioreactorMaker), "bioreactors").ShouldBe(["cq-reactor"]);
    }

    [Fact]
    public void Chinese_query_finds_Korean_provider_through_a_loanword()
    {
        Ids(Directory(KoreanBioreactorMaker, KoreanMicrobiome), "生物反应器").ShouldBe(["sbh-reactor"]);
    }

    [Fact]
    public void Matched_names_the_query_words_that_matched()
    {
        var hit = Directory(ChineseBioreactorMaker, ChineseFeedMaker, KoreanMicrobiome).Search(new SearchQuery { Text = "바이오리액터 생산" }).Hits.First();
        hit.ExternalId.ShouldBe("cq-reactor");
        hit.MatchedTerms.ShouldBe(["바이오리액터", "생산"]);
    }

    [Fact]
    public void Compound_query_matched_by_two_of_its_pieces_finds_the_profile_but_not_by_one()
    {
        var planner = Organization("cq-plan", "zh", "两江软件", "开发放疗计划系统。", offers: ["放疗计划系统"], cluster: "liangjiang");
        var index = Directory(planner, ChineseFeedMaker);
        // 방사선 + 치료 + 계획 + 시스템: 계획 (计划) and 시스템 (system) match, half the characters.
        Ids(index, "방사선치료계획시스템").ShouldBe(["cq-plan"]);
        var hit = index.Search(new SearchQuery { Text = "방사선치료계획시스템" }).Hits.Single();
        hit.MatchedTerms.ShouldBeEmpty();
        Ids(index, "방사선치료계획").ShouldBeEmpty();
    }

    [Fact]
    public void Shared_syllable_alone_never_matches()
    {
        var index = Directory(KoreanMicrobiome, KoreanBioreactorMaker);
        Ids(index, "마이크로캡슐").ShouldBeEmpty();
        Ids(index, "마이크").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("alert(1)")]
    [InlineData("12345")]
    [InlineData("asdf qwer")]
    [InlineData("ㅋㅋㅋㅋ")]
    [InlineData("的")]
    public void Nonsense_returns_nothing(string query)
    {
        Ids(Directory(ChineseFeedMaker, ChineseBioreactorMaker, KoreanBioreactorMaker, KoreanMicrobiome), query).ShouldBeEmpty();
    }

    [Fact]
    public void Provider_ranks_above_seeker_in_another_language()
    {
        var seeker = Organization("sbh-seeker", "ko", "한강바이오", "세포 배양 공정을 개발합니다.", needs: ["바이오리액터"]);
        Ids(Directory(seeker, ChineseBioreactorMaker), "bioreactor").ShouldBe(["cq-reactor", "sbh-seeker"]);
    }

    [Fact]
    public void Recommendations_read_needs_from_the_description()
    {
        var seeker = Organization("sbh-seeker", "ko", "한강목장", "한우를 키웁니다. 동물 사료 공급업체를 찾고 있습니다.");
        Directory(seeker, ChineseBioreactorMaker, ChineseFeedMaker).Recommend("sbh-seeker", 1)!.Single().ExternalId.ShouldBe("cq-feed");
    }

    [Fact]
    public void Recommendations_never_propose_an_agency()
    {
        var seeker = Organization("sbh-seeker", "ko", "한강바이오", "세포 배양 공정을 개발합니다.", needs: ["바이오리액터"]);
        var agency = Organization("cq-agency", "zh", "两江新区管委会", "支持生物反应器企业落户。", offers: ["生物反应器"], cluster: "liangjiang", kind: "agency");
        Directory(seeker, agency, ChineseBioreactorMaker).Recommend("sbh-seeker", 5)!.Select(r => r.ExternalId).ShouldNotContain("cq-agency");
    }

    [Fact]
    public void Recommendations_prefer_the_counterpart_cluster()
    {
        var seeker = Organization("sbh-seeker", "ko", "한강바이오", "세포 배양 공정을 개발합니다.", needs: ["바이오리액터"]);
        var elsewhere = Organization("us-reactor", "en", "Reactor Inc", "Single-use bioreactors.", offers: ["bioreactor"], cluster: "other");
        Directory(seeker, elsewhere, ChineseBioreactorMaker).Recommend("sbh-seeker", 2)!.First().ExternalId.ShouldBe("cq-reactor");
    }
}
