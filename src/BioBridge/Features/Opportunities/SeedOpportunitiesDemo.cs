using BioBridge.Data;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Opportunities;

/// <summary>
/// The demo's published opportunities: offers and requests of sample organizations of both clusters, each written in
/// one language with verified translations in the other two, approved and public, open for interest.
/// </summary>
public sealed class SeedOpportunitiesDemo(AppDb db, ConceptExtractor extractor, TimeProvider clock, TranslationQueue translations) : IDemoSeed
{
    sealed record Post(string Organization, OpportunityKind Kind, string Language, string? TargetCluster, (string Title, string Body) Ko,
        (string Title, string Body) Zh, (string Title, string Body) En);

    static readonly Post[] Posts =
    [
        new("sbh-dewlight-cosmetics", OpportunityKind.BusinessRequest, "ko", "liangjiang",
            ("중국 화장품 유통 파트너 찾습니다", "마이크로캡슐 레티놀 세럼의 중국 유통과 NMPA 등록을 함께할 파트너를 찾습니다."),
            ("寻找中国化妆品分销合作伙伴", "寻找合作伙伴，共同开展微胶囊视黄醇精华在中国的分销和国家药监局备案。"),
            ("Looking for a cosmetics distributor in China", "We look for a partner to distribute our microcapsule retinol serum in China and handle its NMPA registration.")),
        new("sbh-hanui-cell", OpportunityKind.RdCooperation, "ko", null,
            ("고형암 CAR-T 공동 임상 파트너", "고형암 CAR-T 후보물질의 한중 동시 임상 1상을 함께 설계할 병원과 GMP 생산 기관을 찾습니다."),
            ("实体瘤CAR-T联合临床合作伙伴", "寻找医院和GMP生产机构，共同设计实体瘤CAR-T候选药物的中韩同步一期临床试验。"),
            ("Partners for a solid-tumour CAR-T trial", "We look for hospitals and a GMP manufacturer to design a simultaneous Korea-China phase 1 trial of our solid-tumour CAR-T candidate.")),
        new("sbh-signion-dx", OpportunityKind.TechnologyOffer, "en", null,
            ("현장진단 다중 바이오마커 키트 기술 이전", "15분 안에 염증 바이오마커 다섯 가지를 측정하는 현장진단 키트의 기술을 이전하거나 공동 생산합니다."),
            ("即时检测多标志物试剂盒技术转让", "可在15分钟内检测五种炎症生物标志物的即时检测试剂盒，提供技术转让或联合生产。"),
            ("Point-of-care multi-biomarker kit for licensing", "Our point-of-care kit measures five inflammation biomarkers in 15 minutes; we license the technology or co-manufacture it.")),
        new("cq-xiaowan", OpportunityKind.TechnologyOffer, "zh", "seoul-bio-hub",
            ("화장품·건강기능식품용 마이크로캡슐 원료", "비타민과 식물 추출물을 안정화하는 마이크로캡슐 원료를 한국 화장품·건강기능식품 기업에 공급합니다."),
            ("化妆品和保健食品微胶囊原料", "为韩国化妆品和保健食品企业供应可稳定维生素和植物提取物的微胶囊包埋原料。"),
            ("Microcapsule ingredients for cosmetics and supplements", "We supply microcapsule ingredients that stabilise vitamins and plant extracts to Korean cosmetics and supplement makers.")),
        new("cq-shancheng-cell", OpportunityKind.BusinessOffer, "zh", null,
            ("세포치료제 GMP 위탁생산", "충칭의 GMP 세포치료 생산시설에서 CAR-T와 줄기세포 치료제의 임상 시료를 위탁 생산합니다."),
            ("细胞治疗GMP委托生产", "在重庆的GMP细胞治疗生产设施中，为CAR-T和干细胞疗法提供临床样品委托生产服务。"),
            ("GMP contract manufacturing for cell therapies", "Our GMP cell-therapy plant in Chongqing manufactures clinical batches of CAR-T and stem-cell therapies under contract.")),
        new("cq-yulan-biologics", OpportunityKind.TalentExchange, "en", null,
            ("항체 공정개발 연구자 교류", "항체 배양·정제 공정개발 연구자가 서울의 파트너 기관에서 3개월간 함께 일할 교류 프로그램을 제안합니다."),
            ("抗体工艺开发研究人员交流", "提议开展交流项目：抗体培养和纯化工艺开发研究人员在首尔合作机构共同工作三个月。"),
            ("Exchange of antibody process-development scientists", "We propose a three-month exchange of scientists in antibody cell-culture and purification process development with a partner in Seoul.")),
    ];

    public async Task HandleAsync(CancellationToken ct)
    {
        var externalIds = Posts.Select(p => p.Organization).ToList();
        var organizations = await db.Organizations.Where(o => externalIds.Contains(o.ExternalId)).ToDictionaryAsync(o => o.ExternalId, o => o.Id, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = new List<Opportunity>();
        foreach (var post in Posts)
        {
            var texts = new Dictionary<string, (string Title, string Body)> { ["ko"] = post.Ko, ["zh"] = post.Zh, ["en"] = post.En };
            var original = texts[post.Language];
            added.Add(new Opportunity
            {
                OrganizationId = organizations[post.Organization], Kind = post.Kind, Title = original.Title, Body = original.Body,
                Language = post.Language, TargetClusterId = post.TargetCluster, Status = OpportunityStatus.Open, IsSample = true,
                Visibility = Shared.Visibility.Public, CreatedAt = now, ApprovedAt = now,
                Concepts = extractor.Extract(post.En.Title + "\n" + post.En.Body).Select(m => m.Concept.Code).Distinct().ToList(),
                Translations = texts.Where(t => t.Key != post.Language)
                    .Select(t => new OpportunityTranslation { Language = t.Key, Title = t.Value.Title, Body = t.Value.Body, State = TranslationState.Verified })
                    .ToList(),
            });
        }
        db.Opportunities.AddRange(added);
        await db.SaveChangesAsync(ct);
        // Published as if approved: queued as an approval would (the seed's transaction holds both saves).
        await translations.EnqueueAsync(Opportunity.TranslationSubject, added.Select(o => o.Id).ToList(), ct);
        await db.SaveChangesAsync(ct);
    }
}
