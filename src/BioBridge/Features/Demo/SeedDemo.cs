using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Cooperation;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Features.Partnering;
using BioBridge.Features.Reviews;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Demo;

/// <summary>
/// Loads the demo: the two clusters with their published figures, the real agreements and event named in
/// the cooperation agreement, and fictional sample organizations (marked as samples) from organizations.csv.
/// </summary>
public sealed class SeedDemo(AppDb db, ImportOrganizations import, AccountSeeding accounts, SeedPartneringDemo partnering,
    SeedReviewsDemo reviews, SeedCooperationDemo cooperation, TranslationQueue translations, IEnumerable<IDemoSeed> others)
{
    public const string OrganizationsResource = "BioBridge.Demo.organizations.csv";
    public const string EnabledKey = "BioBridge:Demo:Enabled";

    /// <summary>
    /// The one rule (README, "Run it"): the web app's first start on an empty database loads the demo when
    /// BioBridge:Demo:Enabled is true, which it is by default on SQLite (the embedded file or any --db file) and not on
    /// PostgreSQL, where production lives and several nodes would start seeding at once.
    /// </summary>
    public static bool OnFirstStart(IConfiguration configuration, DatabaseConnection connection) =>
        configuration.GetValue<bool?>(EnabledKey) ?? connection.Provider == DatabaseProvider.Sqlite;

    public async Task<SeedOutcome> HandleAsync(IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var existing = await db.Organizations.CountAsync(ct);
        if (existing > 0)
            return new SeedOutcome(false, $"the database already holds {existing} organizations; seed demo loads into an empty database only");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await DescribeClustersAsync(ct);
        // The import clears the change tracker between batches, so the cluster texts are saved first.
        await db.SaveChangesAsync(ct);
        await using (var csv = typeof(SeedDemo).Assembly.GetManifestResourceStream(OrganizationsResource)
            ?? throw new InvalidOperationException($"demo resource {OrganizationsResource} is missing from the build"))
        {
            var outcome = await import.HandleAsync("organizations.csv", csv, dryRun: false, ImportScope.Everything, progress, ct);
            if (!outcome.Accepted)
                throw new InvalidOperationException("the demo organizations do not import: " + string.Join("; ", outcome.Problems.Take(5)));
        }
        AddAgreements();
        var slw = AddSeoulSmartLifeWeek();
        await db.SaveChangesAsync(ct);
        // The event is published: its texts are queued as any publish's (the organizations by the import, the calls by CreateCall).
        await translations.EnqueueAsync(Event.TranslationSubject, slw.Id, ct);
        await translations.EnqueueAsync(EventSession.TranslationSubject, slw.Sessions.Select(s => s.Id).ToList(), ct);
        await db.SaveChangesAsync(ct);
        var password = await accounts.AddDemoStaffAsync();
        var delegates = await partnering.HandleAsync(password!, ct);
        await reviews.HandleAsync(password!, ct);
        await cooperation.HandleAsync(ct);
        foreach (var seed in others)
            await seed.HandleAsync(ct);
        await transaction.CommitAsync(ct);
        var organizations = await db.Organizations.CountAsync(ct);
        return new SeedOutcome(true, $"demo data loaded: {organizations} organizations, 2 agreements, 1 event with {delegates} delegates and a published meeting schedule");
    }

    async Task DescribeClustersAsync(CancellationToken ct)
    {
        var seoul = await db.Clusters.SingleAsync(c => c.Id == Cluster.SeoulBioHub, ct);
        seoul.DescriptionEn = "Seoul's bio-industry hub in Hongneung: incubation, open laboratories and global partnering for bio and medical startups.";
        seoul.DescriptionKo = "홍릉에 자리한 서울의 바이오산업 거점: 바이오·의료 스타트업을 위한 입주 보육, 오픈랩, 글로벌 파트너링.";
        seoul.DescriptionZh = "位于首尔洪陵的生物产业枢纽：为生物医药初创企业提供孵化、开放实验室和全球合作对接。";

        var liangjiang = await db.Clusters.SingleAsync(c => c.Id == Cluster.Liangjiang, ct);
        liangjiang.SinceYear = 2011;
        liangjiang.AreaSquareMeters = 600_000;
        liangjiang.ReportedCompanies = 150;
        liangjiang.AreaSquareMetersPlanned = 1_000_000;
        liangjiang.ReportedCompaniesPlanned = 250;
        liangjiang.DescriptionEn = "Life-science city of the Liangjiang New Area, Chongqing, one of China's five large pharmaceutical bases: since 2011, 600,000 m² and about 150 bio companies today; 1,000,000 m² and 250+ companies when complete.";
        liangjiang.DescriptionKo = "중국 5대 제약 기지 중 하나인 충칭 량장신구의 생명과학기술도시: 2011년 조성 시작, 현재 60만 m²·바이오 기업 약 150개, 완공 시 100만 m²·250개 이상.";
        liangjiang.DescriptionZh = "重庆两江新区生命科技城，中国五大医药基地之一：2011年起建设，目前占地60万平方米、入驻生物企业约150家，建成后达100万平方米、企业250家以上。";
    }

    void AddAgreements()
    {
        db.Agreements.Add(new Agreement
        {
            Slug = "seoul-chongqing-friendship-2019",
            Kind = AgreementKind.Friendship,
            TitleEn = "Seoul-Chongqing friendship city agreement",
            TitleKo = "서울-충칭 우호도시 협약",
            TitleZh = "首尔-重庆友好城市协议",
            SummaryEn = "The two cities have been friendship cities since May 2019.",
            SummaryKo = "두 도시는 2019년 5월부터 우호도시 관계를 맺고 있다.",
            SummaryZh = "两市自2019年5月起结为友好城市。",
            SignedOn = new DateOnly(2019, 5, 1),
            Parties =
            [
                new AgreementParty { Kind = PartyKind.City, NameEn = "Seoul Metropolitan Government", NameKo = "서울특별시", NameZh = "首尔特别市" },
                new AgreementParty { Kind = PartyKind.City, NameEn = "Chongqing Municipality", NameKo = "충칭시", NameZh = "重庆市" },
            ],
        });
        db.Agreements.Add(new Agreement
        {
            Slug = "sbh-liangjiang-mou-2024",
            Kind = AgreementKind.Mou,
            TitleEn = "Seoul Bio Hub - Liangjiang Life Sci-Tech City MOU",
            TitleKo = "서울바이오허브-량장 생명과학기술도시 업무협약(MOU)",
            TitleZh = "首尔生物枢纽-两江生命科技城合作备忘录",
            SummaryEn = "Cooperation on discovering innovative bio companies, exchange between companies and expanding joint R&D.",
            SummaryKo = "혁신 바이오 기업 발굴, 기업 간 교류, 공동 연구개발 확대를 위한 협력.",
            SummaryZh = "在发掘创新生物企业、企业交流和扩大联合研发方面开展合作。",
            SignedOn = new DateOnly(2024, 7, 29),
            ScopeAreas = ["company-discovery", "company-exchange", "rd-expansion"],
            Parties =
            [
                new AgreementParty { Kind = PartyKind.Cluster, ClusterId = Cluster.SeoulBioHub, NameEn = "Seoul Bio Hub", NameKo = "서울바이오허브", NameZh = "首尔生物枢纽" },
                new AgreementParty { Kind = PartyKind.Cluster, ClusterId = Cluster.Liangjiang, NameEn = "Liangjiang Life Sci-Tech City", NameKo = "량장 생명과학기술도시", NameZh = "两江生命科技城" },
            ],
        });
    }

    Event AddSeoulSmartLifeWeek()
    {
        var days = new[] { new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 11), new DateOnly(2026, 10, 12) };
        var sessions = days.Select(day => new EventSession
        {
            Kind = SessionKind.Exhibition, Day = day, Starts = new TimeOnly(10, 0), Ends = new TimeOnly(18, 0), Room = "Hall C",
            TitleEn = "Exhibition", TitleKo = "전시", TitleZh = "展览",
        }).ToList();
        sessions.Add(new EventSession { Kind = SessionKind.Forum, Day = days[0], Starts = new TimeOnly(10, 0), Ends = new TimeOnly(12, 0), Room = "Auditorium",
            TitleEn = "Seoul-Chongqing bio cooperation forum", TitleKo = "서울-충칭 바이오 협력 포럼", TitleZh = "首尔-重庆生物合作论坛" });
        sessions.Add(new EventSession { Kind = SessionKind.Partnering, Day = days[0], Starts = new TimeOnly(14, 0), Ends = new TimeOnly(17, 30), Room = "Partnering lounge",
            TitleEn = "One-to-one partnering meetings", TitleKo = "1:1 파트너링 미팅", TitleZh = "一对一合作洽谈" });
        sessions.Add(new EventSession { Kind = SessionKind.Conference, Day = days[1], Starts = new TimeOnly(10, 0), Ends = new TimeOnly(16, 0), Room = "Conference room 300",
            TitleEn = "Smart life and digital health conference", TitleKo = "스마트라이프·디지털헬스 콘퍼런스", TitleZh = "智慧生活与数字健康大会" });
        sessions.Add(new EventSession { Kind = SessionKind.Partnering, Day = days[1], Starts = new TimeOnly(9, 0), Ends = new TimeOnly(17, 30), Room = "Partnering lounge",
            TitleEn = "One-to-one partnering meetings", TitleKo = "1:1 파트너링 미팅", TitleZh = "一对一合作洽谈" });
        sessions.Add(new EventSession { Kind = SessionKind.Awards, Day = days[2], Starts = new TimeOnly(15, 0), Ends = new TimeOnly(17, 0), Room = "Auditorium",
            TitleEn = "Smart Life Awards ceremony", TitleKo = "스마트라이프 어워드 시상식", TitleZh = "智慧生活奖颁奖典礼" });
        var slw = new Event
        {
            Slug = "slw-2026",
            NameEn = "Seoul Smart Life Week 2026",
            NameKo = "서울 스마트라이프위크 2026",
            NameZh = "2026首尔智慧生活周",
            DescriptionEn = "ICT and smart-life expo at COEX with exhibition, awards, forum and conferences, and one-to-one partnering between Seoul and Chongqing companies.",
            DescriptionKo = "코엑스에서 열리는 ICT·스마트라이프 엑스포: 전시, 시상, 포럼, 콘퍼런스와 서울·충칭 기업 간 1:1 파트너링.",
            DescriptionZh = "在COEX举办的ICT与智慧生活博览会：展览、颁奖、论坛、会议，以及首尔与重庆企业的一对一合作洽谈。",
            Venue = "COEX",
            City = "Seoul",
            HostClusterId = Cluster.SeoulBioHub,
            TimeZone = "Asia/Seoul",
            StartsOn = days[0],
            EndsOn = days[^1],
            Sessions = sessions,
        };
        db.Events.Add(slw);
        return slw;
    }
}
