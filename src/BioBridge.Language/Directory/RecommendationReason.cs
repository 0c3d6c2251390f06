namespace BioBridge.Language;

/// <summary>
/// Why a partner was suggested, kept as data (concept codes, regions) so each reader gets it in their language.
/// Pairs hold (the reader's concept, the partner's concept).
/// </summary>
public sealed record RecommendationReason(
    ReasonKind Kind,
    IReadOnlyList<(string Mine, string Theirs)> Pairs,
    IReadOnlyList<string> Codes)
{
    public string Describe(string language, Taxonomy taxonomy)
    {
        string Label(string code) => taxonomy.Find(code)?.LabelIn(language) ?? code;
        var separator = language == "zh" ? "、" : ", ";
        string Pair((string Mine, string Theirs) p, string format) =>
            p.Mine == p.Theirs ? Label(p.Theirs) : string.Format(format, Label(p.Theirs), Label(p.Mine));
        string Join(IEnumerable<string> items) => string.Join(separator, items.Distinct());

        return (Kind, language) switch
        {
            (ReasonKind.TheyOffer, "ko") => "상대가 귀사가 찾는 것을 제공: " + Join(Pairs.Select(p => Pair(p, "{0} (귀사 수요: {1})"))),
            (ReasonKind.TheyOffer, "zh") => "对方提供您需要的：" + Join(Pairs.Select(p => Pair(p, "{0}（您的需求：{1}）"))),
            (ReasonKind.TheyOffer, _) => "They offer what you seek: " + Join(Pairs.Select(p => Pair(p, "{0} (you seek {1})"))),
            (ReasonKind.TheyNeed, "ko") => "상대가 귀사의 제공 분야를 찾음: " + Join(Pairs.Select(p => Pair(p, "{0} (귀사 제공: {1})"))),
            (ReasonKind.TheyNeed, "zh") => "对方需要您提供的：" + Join(Pairs.Select(p => Pair(p, "{0}（您提供：{1}）"))),
            (ReasonKind.TheyNeed, _) => "They seek what you offer: " + Join(Pairs.Select(p => Pair(p, "{0} (you offer {1})"))),
            (ReasonKind.TheyOfferInWords, "ko") => "상대 프로필이 귀사가 찾는 것을 제공한다고 밝힘",
            (ReasonKind.TheyOfferInWords, "zh") => "对方简介中提供您所需要的",
            (ReasonKind.TheyOfferInWords, _) => "Their profile offers what you seek",
            (ReasonKind.TheyNeedInWords, "ko") => "상대 프로필이 귀사가 제공하는 것을 찾음",
            (ReasonKind.TheyNeedInWords, "zh") => "对方简介中寻求您所提供的",
            (ReasonKind.TheyNeedInWords, _) => "Their profile seeks what you offer",
            (ReasonKind.SharedConcepts, "ko") => "공통 분야: " + Join(Codes.Select(Label)),
            (ReasonKind.SharedConcepts, "zh") => "共同领域：" + Join(Codes.Select(Label)),
            (ReasonKind.SharedConcepts, _) => "Shared fields: " + Join(Codes.Select(Label)),
            (ReasonKind.SimilarText, "ko") => "프로필 내용이 유사함",
            (ReasonKind.SimilarText, "zh") => "简介内容相近",
            (ReasonKind.SimilarText, _) => "Similar profile wording",
            (ReasonKind.SharedMarkets, "ko") => "공통 수출 지역: " + Join(Codes.Select(c => ExportRegions.Name(c, language))),
            (ReasonKind.SharedMarkets, "zh") => "共同出口市场：" + Join(Codes.Select(c => ExportRegions.Name(c, language))),
            (ReasonKind.SharedMarkets, _) => "Both export to: " + Join(Codes.Select(c => ExportRegions.Name(c, language))),
            (ReasonKind.OtherCluster, "ko") => "다른 클러스터 소속: 국경을 넘는 협력 파트너",
            (ReasonKind.OtherCluster, "zh") => "来自另一集群：跨境合作伙伴",
            (ReasonKind.OtherCluster, _) => "From the other cluster: a cross-border partner",
            _ => Kind.ToString(),
        };
    }
}
