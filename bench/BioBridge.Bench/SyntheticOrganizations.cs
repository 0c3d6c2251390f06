using Bogus;
using BioBridge.Language;

namespace BioBridge.Bench;

/// <summary>
/// Generated multilingual organizations for scale runs: half Korean-language profiles in Seoul, half Chinese in
/// Chongqing, some with English too; each offers one bio-industry phrase and seeks another, written in the other side's language.
/// </summary>
public static class SyntheticOrganizations
{
    static readonly string[] KoStems = ["바이오", "셀", "젠", "메디", "팜", "큐어", "진", "헬스", "랩", "테크"];
    static readonly string[] ZhStems = ["生物", "医药", "科技", "基因", "细胞", "健康", "制药", "医疗", "生命", "药业"];
    static readonly string[] KoPhrases = ["마이크로캡슐 원료", "항체 신약 개발", "AAV 벡터 위탁생산", "세포치료제", "체외진단 키트", "기능성 화장품", "AI 신약 개발", "mRNA 백신", "의료기기 인허가", "건강기능식품"];
    static readonly string[] ZhPhrases = ["微胶囊原料", "单克隆抗体", "AAV载体生产", "细胞治疗", "体外诊断试剂", "功能性化妆品", "人工智能药物发现", "mRNA疫苗", "医疗器械注册", "保健食品"];
    static readonly string[] EnPhrases = ["microcapsule raw materials", "antibody drug development", "AAV vector manufacturing", "cell therapy", "in vitro diagnostic kits", "functional cosmetics", "AI drug discovery", "mRNA vaccines", "medical device approval", "health functional food"];
    static readonly string[] Regions = ["EU", "NA", "SA", "SEA", "ME", "AF", "OC", "EA", "SA-ASIA"];

    /// <summary>The phrases profiles are made of, in ko, zh and en: queries for a search run.</summary>
    public static IEnumerable<string> Phrases => KoPhrases.Concat(ZhPhrases).Concat(EnPhrases);

    public sealed record Row(OrganizationDocument Document, int Founded, int Employees, int Patents, string Website);

    public static IEnumerable<Row> Generate(int rows, int seed)
    {
        var faker = new Faker("en") { Random = new Randomizer(seed) };
        for (var i = 0; i < rows; i++)
        {
            var korean = i % 2 == 0;
            var p1 = faker.Random.Int(0, EnPhrases.Length - 1);
            var p2 = faker.Random.Int(0, EnPhrases.Length - 1);
            var name = korean
                ? $"{faker.PickRandom(KoStems)}{faker.PickRandom(KoStems)}{i}"
                : $"{faker.PickRandom(ZhStems)}{faker.PickRandom(ZhStems)}{i}";
            var en = faker.Random.Bool(0.6f) ? $"{faker.Company.CompanyName().Replace(",", "")} Bio {i}" : null;
            var descriptionKo = korean ? $"{KoPhrases[p1]} 전문 기업으로 {KoPhrases[p2]} 협력을 찾고 있습니다." : null;
            var descriptionZh = korean ? null : $"专注于{ZhPhrases[p1]}的企业，寻求{ZhPhrases[p2]}方面的合作。";
            var descriptionEn = faker.Random.Bool(0.3f) ? $"Specialist in {EnPhrases[p1]}, seeking partners for {EnPhrases[p2]}." : null;
            var offers = korean ? KoPhrases[p1] : ZhPhrases[p1];
            var needs = korean ? ZhPhrases[p2] : KoPhrases[p2];
            var regions = faker.PickRandom(Regions, faker.Random.Int(0, 3)).ToList();
            var document = new OrganizationDocument($"gen-{i:D6}", korean ? "seoul-bio-hub" : "liangjiang", "company",
                new LocalizedText(korean ? name : null, korean ? null : name, en),
                new LocalizedText(descriptionKo, descriptionZh, descriptionEn),
                [offers], [needs], [], regions, null, korean ? "KR" : "CN", korean ? "Seoul" : "Chongqing");
            yield return new Row(document, faker.Random.Int(1980, 2025), faker.Random.Int(1, 5000), faker.Random.Int(0, 200), $"https://org{i}.example");
        }
    }
}
