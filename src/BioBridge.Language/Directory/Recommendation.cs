namespace BioBridge.Language;

public sealed record Recommendation(string ExternalId, double Score, IReadOnlyList<RecommendationReason> Reasons);

/// <summary>A recommendation score in words, for readers: the number itself stays in the API and CLI.</summary>
public enum MatchStrength { Possible, Good, Strong }

public static class MatchStrengths
{
    // Scores are weighted sums in [0, 1]: they offer (or seek) most of what the reader seeks (or offers) from the
    // counterpart cluster reaches the first; half of one side, the second.
    const double Strong = 0.45, Good = 0.25;

    public static MatchStrength Of(double score) => score >= Strong ? MatchStrength.Strong : score >= Good ? MatchStrength.Good : MatchStrength.Possible;
}

public enum ReasonKind { TheyOffer, TheyNeed, SharedConcepts, SimilarText, SharedMarkets, OtherCluster, TheyOfferInWords, TheyNeedInWords }

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

/// <summary>The export-region codes of the import contract (docs/contracts.md section 2) and their names in ko, zh and en.</summary>
public static class ExportRegions
{
    static readonly Dictionary<string, (string Ko, string Zh, string En)> Names = new(StringComparer.Ordinal)
    {
        ["EU"] = ("유럽", "欧洲", "Europe"),
        ["NA"] = ("북미", "北美", "North America"),
        ["SA"] = ("남미", "南美", "South America"),
        ["SEA"] = ("동남아시아", "东南亚", "Southeast Asia"),
        ["ME"] = ("중동", "中东", "Middle East"),
        ["AF"] = ("아프리카", "非洲", "Africa"),
        ["OC"] = ("오세아니아", "大洋洲", "Oceania"),
        ["EA"] = ("동아시아", "东亚", "East Asia"),
        ["SA-ASIA"] = ("남아시아", "南亚", "South Asia"),
    };

    /// <summary>In the contract's order.</summary>
    public static IReadOnlyCollection<string> Codes => Names.Keys;

    public static bool IsCode(string code) => Names.ContainsKey(code);

    public static string Name(string code, string language) =>
        Names.TryGetValue(code, out var n) ? language switch { "ko" => n.Ko, "zh" => n.Zh, _ => n.En } : code;
}
