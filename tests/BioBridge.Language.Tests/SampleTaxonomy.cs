namespace BioBridge.Language.Tests;

/// <summary>A small taxonomy of known shape, so unit tests do not move when the shipped data file grows.</summary>
static class SampleTaxonomy
{
    public const string Json = """
    {"version": 1, "concepts": [
      {"code": "platform-technology", "parent": null, "labels": {"ko": "플랫폼 기술", "zh": "平台技术", "en": "platform technology"}},
      {"code": "delivery-technology", "parent": "platform-technology", "labels": {"ko": "약물전달기술", "zh": "药物递送技术", "en": "drug delivery"}, "synonyms": {"en": ["delivery technology"]}},
      {"code": "microcapsule", "parent": "delivery-technology", "labels": {"ko": "마이크로캡슐", "zh": "微胶囊", "en": "microcapsule"}, "synonyms": {"ko": ["미세캡슐"], "zh": ["微囊", "微胶囊化"], "en": ["microencapsulation"]}},
      {"code": "liposome", "parent": "delivery-technology", "labels": {"ko": "리포좀", "zh": "脂质体", "en": "liposome"}},
      {"code": "modality", "parent": null, "labels": {"ko": "치료 모달리티", "zh": "治疗模式", "en": "therapeutic modality"}},
      {"code": "cell-therapy", "parent": "modality", "labels": {"ko": "세포치료제", "zh": "细胞治疗", "en": "cell therapy"}},
      {"code": "car-t", "parent": "cell-therapy", "labels": {"ko": "CAR-T", "zh": "CAR-T细胞", "en": "CAR-T"}, "synonyms": {"en": ["car t cell therapy"]}},
      {"code": "antibody", "parent": "modality", "labels": {"ko": "항체", "zh": "抗体", "en": "antibody"}, "synonyms": {"en": ["antibodies"]}},
      {"code": "area", "parent": null, "labels": {"ko": "치료 영역", "zh": "治疗领域", "en": "therapeutic area"}},
      {"code": "oncology", "parent": "area", "labels": {"ko": "종양학", "zh": "肿瘤", "en": "oncology"}, "synonyms": {"ko": ["항암"], "en": ["cancer"]}},
      {"code": "lung-cancer", "parent": "oncology", "labels": {"ko": "폐암", "zh": "肺癌", "en": "lung cancer"}},
      {"code": "industry", "parent": null, "labels": {"ko": "산업", "zh": "产业", "en": "industry"}},
      {"code": "cosmetics", "parent": "industry", "labels": {"ko": "화장품", "zh": "化妆品", "en": "cosmetics"}, "synonyms": {"en": ["cosmetic"]}},
      {"code": "distribution", "parent": "industry", "labels": {"ko": "유통", "zh": "分销", "en": "distribution"}},
      {"code": "cancer-one-char", "parent": "area", "labels": {"ko": "암종", "zh": "癌", "en": "carcinoma"}}
    ]}
    """;

    public static readonly Taxonomy Instance = Taxonomy.Parse(Json);

    public static OrganizationDocument Organization(string id, string language, string name, string description,
        string[]? offers = null, string[]? needs = null, string cluster = "seoul-bio-hub", string kind = "company",
        string[]? regions = null, string? group = null, bool published = true, string[]? concepts = null)
    {
        LocalizedText In(string text) => language switch
        {
            "ko" => new LocalizedText(text, null, null),
            "zh" => new LocalizedText(null, text, null),
            _ => new LocalizedText(null, null, text),
        };
        return new OrganizationDocument(id, cluster, kind, In(name), In(description), offers ?? [], needs ?? [],
            concepts ?? [], regions ?? [], group, null, null, published);
    }
}
