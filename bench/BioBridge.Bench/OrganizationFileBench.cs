using System.Diagnostics;
using System.Text;
using Bogus;

namespace BioBridge.Bench;

/// <summary>
/// Writes a large multilingual organization file in the import columns (CONTRACTS.md section 2), for timing
/// `import companies` side by side: `organizations generate --rows 100000 --out /tmp/orgs-100k.csv`.
/// </summary>
public static class OrganizationFileBench
{
    static readonly string[] KoStems = ["바이오", "셀", "젠", "메디", "팜", "큐어", "진", "헬스", "랩", "테크"];
    static readonly string[] ZhStems = ["生物", "医药", "科技", "基因", "细胞", "健康", "制药", "医疗", "生命", "药业"];
    static readonly string[] KoPhrases = ["마이크로캡슐 원료", "항체 신약 개발", "AAV 벡터 위탁생산", "세포치료제", "체외진단 키트", "기능성 화장품", "AI 신약 개발", "mRNA 백신", "의료기기 인허가", "건강기능식품"];
    static readonly string[] ZhPhrases = ["微胶囊原料", "单克隆抗体", "AAV载体生产", "细胞治疗", "体外诊断试剂", "功能性化妆品", "人工智能药物发现", "mRNA疫苗", "医疗器械注册", "保健食品"];
    static readonly string[] EnPhrases = ["microcapsule raw materials", "antibody drug development", "AAV vector manufacturing", "cell therapy", "in vitro diagnostic kits", "functional cosmetics", "AI drug discovery", "mRNA vaccines", "medical device approval", "health functional food"];
    static readonly string[] Regions = ["EU", "NA", "SA", "SEA", "ME", "AF", "OC", "EA", "SA-ASIA"];

    public static int Run(string[] args)
    {
        if (args is not ["generate", ..])
        {
            Console.Error.WriteLine("usage: BioBridge.Bench organizations generate --rows N --out FILE.csv [--seed N]");
            return 2;
        }
        var rows = int.Parse(Option(args, "--rows") ?? "100000");
        var output = Option(args, "--out") ?? $"organizations-{rows}.csv";
        var seed = int.Parse(Option(args, "--seed") ?? "7");
        var watch = Stopwatch.StartNew();
        Generate(rows, seed, output);
        Console.Error.WriteLine($"wrote {rows} organizations to {output} ({new FileInfo(output).Length / 1024 / 1024} MB) in {watch.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    public static void Generate(int rows, int seed, string path)
    {
        var faker = new Faker("en") { Random = new Randomizer(seed) };
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("external_id,cluster,kind,name_ko,name_zh,name_en,description_ko,description_zh,description_en,sectors,offers,needs,founded,employees,patents,export_regions,city,country,website");
        for (var i = 0; i < rows; i++)
        {
            var korean = i % 2 == 0;
            var p1 = faker.Random.Int(0, EnPhrases.Length - 1);
            var p2 = faker.Random.Int(0, EnPhrases.Length - 1);
            var name = korean
                ? $"{faker.PickRandom(KoStems)}{faker.PickRandom(KoStems)}{i}"
                : $"{faker.PickRandom(ZhStems)}{faker.PickRandom(ZhStems)}{i}";
            var en = faker.Random.Bool(0.6f) ? $"{faker.Company.CompanyName().Replace(",", "")} Bio {i}" : "";
            var descriptionKo = korean ? $"{KoPhrases[p1]} 전문 기업으로 {KoPhrases[p2]} 협력을 찾고 있습니다." : "";
            var descriptionZh = korean ? "" : $"专注于{ZhPhrases[p1]}的企业，寻求{ZhPhrases[p2]}方面的合作。";
            var descriptionEn = faker.Random.Bool(0.3f) ? $"Specialist in {EnPhrases[p1]}, seeking partners for {EnPhrases[p2]}." : "";
            var offers = korean ? KoPhrases[p1] : ZhPhrases[p1];
            var needs = korean ? ZhPhrases[p2] : KoPhrases[p2];
            var regions = string.Join(";", faker.PickRandom(Regions, faker.Random.Int(0, 3)));
            writer.WriteLine(string.Join(",",
                $"gen-{i:D6}", korean ? "seoul-bio-hub" : "liangjiang", "company",
                korean ? name : "", korean ? "" : name, en,
                descriptionKo, descriptionZh, descriptionEn, "", offers, needs,
                faker.Random.Int(1980, 2025), faker.Random.Int(1, 5000), faker.Random.Int(0, 200), regions,
                korean ? "Seoul" : "Chongqing", korean ? "KR" : "CN", $"https://org{i}.example"));
        }
    }
}
