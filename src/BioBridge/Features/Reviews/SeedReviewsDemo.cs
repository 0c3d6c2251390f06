using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Directory;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

/// <summary>
/// Reviews in the demo: the Smart Life Awards call of Seoul Smart Life Week (Asia/Seoul) and a joint R&amp;D call under the
/// Seoul Bio Hub - Liangjiang MOU (Asia/Shanghai, Chongqing's time), both open for 45 more days; sample nominations and
/// consortium proposals; four demo reviewers (two per cluster, one affiliated with a Chongqing CRO, one with a declared
/// conflict) who have reviewed the award nominations. The reviewers use the demo password.
/// </summary>
public sealed class SeedReviewsDemo(AppDb db, CreateCall createCall, AssignReviewers assign, UserManager<AppUser> users, TimeProvider clock)
{
    public const string AwardCall = "slw-smart-life-awards";
    public const string JointRdCall = "sbh-liangjiang-joint-rd";

    public static readonly (string Email, string Name, string Cluster, string? Organization, string? DeclaredConflict)[] DemoReviewers =
    [
        ("reviewer.kim@seoulbiohub.example", "김지현 Kim Ji-hyun", Cluster.SeoulBioHub, null, null),
        ("reviewer.park@seoulbiohub.example", "박성민 Park Sung-min", Cluster.SeoulBioHub, null, "sbh-hanui-cell"),
        ("reviewer.chen@liangjiang.example", "陈晓 Chen Xiao", Cluster.Liangjiang, null, null),
        ("reviewer.wang@liangjiang.example", "王芳 Wang Fang", Cluster.Liangjiang, "cq-yuxin-clinical", null),
    ];

    static readonly CriterionInput[] AwardRubric =
    [
        new("혁신성", "创新性", "Innovation", 40, 1, 5),
        new("시장 영향력", "市场影响", "Market impact", 30, 1, 5),
        new("서울-충칭 협력 가능성", "首尔-重庆合作潜力", "Seoul-Chongqing cooperation potential", 30, 1, 5),
    ];

    static readonly CriterionInput[] JointRdRubric =
    [
        new("과학적 우수성", "科学卓越性", "Scientific excellence", 35, 0, 10),
        new("컨소시엄 상호보완성", "联合体互补性", "Complementarity of the consortium", 25, 0, 10),
        new("실행 가능성과 계획", "可行性与计划", "Feasibility and plan", 20, 0, 10),
        new("사업화 가능성", "商业化潜力", "Commercial potential", 20, 0, 10),
    ];

    public async Task HandleAsync(string password, CancellationToken ct)
    {
        var reviewers = await AddReviewersAsync(password, ct);
        var award = await OpenAsync(new CallInput(AwardCall, "award",
            "스마트라이프 어워드 - 서울 스마트라이프위크", "智慧生活奖 - 首尔智慧生活周", "Smart Life Awards - Seoul Smart Life Week",
            "서울 스마트라이프위크 시상식에서 수여하는 스마트라이프 어워드의 후보를 추천해 주세요. 두 클러스터의 모든 회원 기관이 대상입니다.",
            "请为首尔智慧生活周颁奖典礼上颁发的智慧生活奖提名候选机构。两个园区的所有成员机构均可参加。",
            "Nominate an organization for the Smart Life Awards presented at the Seoul Smart Life Week awards ceremony. Members of both clusters are eligible.",
            [Cluster.SeoulBioHub, Cluster.Liangjiang], null, Deadline("Asia/Seoul"), "Asia/Seoul", 2, AwardRubric, [".pdf"], 10, 3, null,
            "slw-2026", null), ct);
        var jointRd = await OpenAsync(new CallInput(JointRdCall, "joint-rd",
            "서울바이오허브-량장 공동 연구개발 공모", "首尔生物枢纽-两江联合研发项目征集", "Seoul Bio Hub - Liangjiang joint R&D call",
            "업무협약에 따른 공동 연구개발 과제를 공모합니다. 컨소시엄에는 서울바이오허브와 량장 생명과학기술도시의 기관이 각각 하나 이상 참여해야 합니다.",
            "根据合作备忘录征集联合研发项目。联合体须至少包含首尔生物枢纽和两江生命科技城各一家机构。",
            "Joint R&D projects under the MOU. A consortium needs at least one organization of Seoul Bio Hub and one of Liangjiang Life Sci-Tech City.",
            null, [Cluster.SeoulBioHub, Cluster.Liangjiang], Deadline("Asia/Shanghai"), "Asia/Shanghai", 2, JointRdRubric, [".pdf", ".docx"], 20, 5, null,
            null, "sbh-liangjiang-mou-2024"), ct);

        var now = clock.GetUtcNow();
        var nominations = new[]
        {
            await SubmitAsync(award, "sbh-dewlight-cosmetics", [], "Microcapsule-stabilized retinol serum", "마이크로캡슐로 안정화한 레티놀 세럼으로 민감성 피부용 K-뷰티를 중국 시장에 소개했습니다.", now, ct),
            await SubmitAsync(award, "sbh-solbit-gene", [], "Engineered AAV capsids for inherited retinal disease", "자체 캡시드 엔지니어링으로 망막 유전자치료의 전달 효율을 높였습니다.", now, ct),
            await SubmitAsync(award, "cq-xiaowan", [], "微胶囊原料平台 Microcapsule ingredient platform", "为化妆品和保健食品提供微胶囊包埋原料，已与多家韩国企业合作。", now, ct),
        };
        await SubmitAsync(jointRd, "sbh-hanui-cell", ["cq-shancheng-cell"], "Solid-tumour CAR-T: GMP process transfer Seoul-Chongqing",
            "하늬셀의 고형암 CAR-T 후보물질과 산청셀의 GMP 세포치료 생산 역량을 결합해 한중 동시 임상 1상을 준비합니다.", now, ct);
        await SubmitAsync(jointRd, "sbh-nurion-biologics", ["cq-yulan-biologics"], "Biosimilar antibody co-development for autoimmune disease",
            "누리온의 자가면역 바이오시밀러와 위란바이오로직스의 대규모 항체 생산을 결합한 공동 개발.", now, ct);
        await db.SaveChangesAsync(ct);

        var (assigned, _) = await assign.AutomaticAsync(AwardCall, null, ct);
        if (!assigned.Succeeded)
            throw new InvalidOperationException("demo reviewer assignment: " + assigned.Message);
        await ScoreAwardAsync(award, nominations, reviewers, ct);
    }

    /// <summary>The end of the day 45 days from now in the zone, so the demo calls stay open whenever the demo is loaded.</summary>
    DateTime Deadline(string zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById(zone));
        return DateTime.SpecifyKind(local.Date.AddDays(45).AddSeconds(-1), DateTimeKind.Unspecified);
    }

    async Task<Call> OpenAsync(CallInput input, CancellationToken ct)
    {
        var (outcome, call) = await createCall.HandleAsync(input with { Deadline = Deadline(input.TimeZone!) }, ct);
        return outcome.Succeeded ? call! : throw new InvalidOperationException($"demo call {input.Slug}: {outcome.Message}");
    }

    async Task<Dictionary<string, AppUser>> AddReviewersAsync(string password, CancellationToken ct)
    {
        var byEmail = new Dictionary<string, AppUser>();
        foreach (var (email, name, cluster, organization, declared) in DemoReviewers)
        {
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new AppUser
                {
                    UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, ClusterId = cluster,
                    OrganizationId = organization is null ? null : await OrganizationIdAsync(organization, ct),
                    PreferredLanguage = cluster == Cluster.Liangjiang ? "zh-Hans" : "ko",
                };
                var created = await users.CreateAsync(user, password);
                if (!created.Succeeded)
                    throw new InvalidOperationException($"demo account {email}: " + string.Join("; ", created.Errors.Select(e => e.Description)));
                await users.AddToRoleAsync(user, Roles.Reviewer);
                if (declared is not null)
                    db.ReviewerConflicts.Add(new ReviewerConflict
                    {
                        ReviewerId = user.Id, OrganizationId = await OrganizationIdAsync(declared, ct), Reason = "Former employer",
                        DeclaredAt = clock.GetUtcNow().UtcDateTime,
                    });
            }
            byEmail[email] = user;
        }
        await db.SaveChangesAsync(ct);
        return byEmail;
    }

    async Task<int> OrganizationIdAsync(string externalId, CancellationToken ct) =>
        await db.Organizations.Where(o => o.ExternalId == externalId).Select(o => o.Id).SingleAsync(ct);

    async Task<Submission> SubmitAsync(Call call, string lead, string[] partners, string title, string summary, DateTimeOffset now, CancellationToken ct)
    {
        var submission = new Submission { CallId = call.Id, OrganizationId = await OrganizationIdAsync(lead, ct), CreatedBy = "demo", CreatedAt = now.UtcDateTime };
        submission.Edit(title, summary, now.UtcDateTime);
        foreach (var partner in partners)
            submission.Partners.Add(new SubmissionPartner { OrganizationId = await OrganizationIdAsync(partner, ct) });
        var outcome = submission.Submit(call, [], now);
        if (!outcome.Succeeded)
            throw new InvalidOperationException($"demo submission {title}: {outcome.Message}");
        db.Submissions.Add(submission);
        return submission;
    }

    /// <summary>What each demo reviewer wrote about each nomination, in their own language: [nomination][reviewer].</summary>
    static readonly string[][] Comments =
    [
        [
            "중국 시장 진출 실적이 구체적이고 민감성 피부 임상 데이터도 충실합니다.",
            "제형 안정성 자료는 좋으나 중국 내 판매 실적의 근거 자료가 부족합니다.",
            "微胶囊稳定化方案成熟，已有中国市场反馈，跨境合作潜力明显。",
            "产品创新性较好，但推荐材料对监管注册进度说明不够。",
        ],
        [
            "캡시드 엔지니어링의 전달 효율 개선이 인상적이며 후속 임상 계획이 명확합니다.",
            "기술적 독창성은 높지만 아직 전임상 단계라 사업화 시점이 불확실합니다.",
            "视网膜基因治疗平台具有前沿性，建议补充与中方医院的合作设想。",
            "Strong science, but the nomination says little about manufacturing scale-up or partners in Chongqing.",
        ],
        [
            "한국 기업과의 협력 사례가 있으나 수상 기준에 비해 혁신성 설명이 약합니다.",
            "원료 공급 실적은 확인되지만 스마트라이프와의 연관성이 분명하지 않습니다.",
            "原料平台稳定可靠，但与智慧生活主题的关联需要进一步说明。",
            "Solid supplier record with Korean partners; the innovation claim needs evidence beyond customer counts.",
        ],
    ];

    static string Comment(int nomination, string reviewerId, Dictionary<string, AppUser> reviewers) =>
        Comments[nomination][Array.FindIndex(DemoReviewers, r => reviewers[r.Email].Id == reviewerId)];

    /// <summary>Each demo reviewer scores the nominations assigned to them: Kim and Chen generously, Park and Wang strictly.</summary>
    async Task ScoreAwardAsync(Call award, Submission[] nominations, Dictionary<string, AppUser> reviewers, CancellationToken ct)
    {
        var strict = new[] { DemoReviewers[1].Email, DemoReviewers[3].Email }.Select(e => reviewers[e].Id).ToHashSet();
        var quality = new Dictionary<int, int> { [nominations[0].Id] = 2, [nominations[1].Id] = 1, [nominations[2].Id] = 0 };
        var ids = nominations.Select(n => n.Id).ToList();
        foreach (var review in await db.Reviews.Where(r => ids.Contains(r.SubmissionId)).ToListAsync(ct))
        {
            var score = Math.Clamp((strict.Contains(review.ReviewerId) ? 2 : 3) + quality[review.SubmissionId], 1, 5);
            var scores = award.Criteria.ToDictionary(c => c.Id, c => (score, (string?)null));
            review.Score(award.Criteria, scores, Comment(ids.IndexOf(review.SubmissionId), review.ReviewerId, reviewers), clock.GetUtcNow().UtcDateTime);
        }
        await db.SaveChangesAsync(ct);
    }
}
