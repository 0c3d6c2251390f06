using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>
/// Cooperation samples on top of the partnering demo, all marked as samples: reference exchange rates, commitments of
/// the 2024 MOU, follow-ups of the demo event's meetings (which mark them held), joint projects, deals (some from those meetings), a scouting pipeline per
/// cluster with scouting facts, and introductions between the clusters. Written through the same use cases as users'
/// data, so the samples obey every rule.
/// </summary>
public sealed class SeedCooperationDemo(AppDb db, ExchangeRates rates, SaveCommitment commitments, StartJointProject projects, RecordDeal deals,
    CreatePipeline pipelines, SaveWatchlistEntry watchlist, IntroduceOrganization introductions, SubmitFollowUp followUps)
{
    const string Mou = "sbh-liangjiang-mou-2024";

    public async Task HandleAsync(CancellationToken ct)
    {
        foreach (var (currency, from, units) in new[]
                 {
                     ("KRW", new DateOnly(2024, 1, 1), 1310m), ("KRW", new DateOnly(2025, 1, 1), 1455m), ("KRW", new DateOnly(2026, 1, 1), 1430m),
                     ("CNY", new DateOnly(2024, 1, 1), 7.10m), ("CNY", new DateOnly(2025, 1, 1), 7.30m), ("CNY", new DateOnly(2026, 1, 1), 7.15m),
                 })
            Check(await rates.SetAsync(new RateBody(currency, from, units), ct));

        foreach (var (title, owner, cluster, due, done) in new (string, string, string?, DateOnly, DateOnly?)[]
                 {
                     ("Exchange lists of companies seeking partners in the other cluster", "Seoul Bio Hub global team", Cluster.SeoulBioHub, new(2024, 10, 31), new(2024, 10, 15)),
                     ("交换寻求合作的企业名单", "两江生命科技城招商部", Cluster.Liangjiang, new(2024, 10, 31), new(2024, 11, 20)),
                     ("Joint delegation to Seoul Smart Life Week partnering", "Seoul Bio Hub global team", Cluster.SeoulBioHub, new(2026, 10, 12), new(2026, 10, 10)),
                     ("공동 R&D 과제 후보 3건 선정", "서울바이오허브 R&D지원팀", null, new(2026, 6, 30), null),
                     ("Annual cooperation review for both city governments", "Liangjiang international cooperation office", Cluster.Liangjiang, new(2026, 12, 15), null),
                 })
            MarkSample(Check(await commitments.HandleAsync(Mou, null, new CommitmentBody(title, owner, cluster, due, done), ct)));

        var held = await MarkMeetingsHeldAsync(ct);
        int? MeetingOf(string a, string b) => held.TryGetValue((a, b), out var id) || held.TryGetValue((b, a), out id) ? id : null;

        MarkSample(Check(await projects.HandleAsync(new JointProjectBody("Microcapsule delivery for functional cosmetics", "Joint formulation of Xiaowan's microcapsules in Dewlight's products.",
            "business", "active", ["sbh-dewlight-cosmetics", "cq-xiaowan"], Mou, MeetingOf("sbh-dewlight-cosmetics", "cq-xiaowan"), new(2026, 10, 20), new(2027, 10, 19), 450_000_000m, "KRW",
            [new("Stability tests", new(2027, 1, 31), null), new("Pilot batch", new(2027, 5, 31), null)]), ct)));
        MarkSample(Check(await projects.HandleAsync(new JointProjectBody("AAV vector process for a gene therapy candidate", "공정 개발과 GMP 생산 이전.",
            "rnd", "proposed", ["sbh-solbit-gene", "cq-zaining-vector"], Mou, MeetingOf("sbh-solbit-gene", "cq-zaining-vector"), new(2026, 11, 1), null, 1_800_000m, "CNY",
            [new("Process transfer plan", new(2027, 2, 28), null)]), ct)));
        MarkSample(Check(await projects.HandleAsync(new JointProjectBody("Collagen biomaterials for wound care", "胶原蛋白生物材料联合研发。",
            "rnd", "completed", ["sbh-cheonggye-biomaterials", "cq-collagenix"], Mou, null, new(2025, 3, 1), new(2026, 2, 28), 300_000m, "USD",
            [new("Prototype", new(2025, 9, 30), new(2025, 9, 12)), new("Animal study", new(2026, 2, 15), new(2026, 2, 20))]), ct)));

        var seoulPipeline = Check(await pipelines.HandleAsync(new PipelineBody("Liangjiang partners for Seoul startups", Cluster.SeoulBioHub), Admin(Cluster.SeoulBioHub), ct));
        var liangjiangPipeline = Check(await pipelines.HandleAsync(new PipelineBody("韩国创新企业发掘", Cluster.Liangjiang), Admin(Cluster.Liangjiang), ct));
        seoulPipeline.IsSample = liangjiangPipeline.IsSample = true;
        foreach (var (pipeline, organization, stage, notes) in new[]
                 {
                     (seoulPipeline, "cq-yulan-biologics", "evaluated", "Vaccine CMO capacity confirmed; quality audit planned."),
                     (seoulPipeline, "cq-shancheng-cell", "contacted", "Interested in cell therapy process exchange."),
                     (seoulPipeline, "cq-yuxin-clinical", "introduced", "Introduced to Biosam CRO for clinical operations."),
                     (seoulPipeline, "cq-xiaowan", "partnered", "Project with Dewlight started after the SLW meeting."),
                     (liangjiangPipeline, "sbh-mbridge-vaccines", "discovered", "mRNA 平台，可能适合两江疫苗基地。"),
                     (liangjiangPipeline, "sbh-hanui-cell", "evaluated", "细胞治疗工艺，已完成初步评估。"),
                     (liangjiangPipeline, "sbh-solbit-gene", "partnered", "与载宁载体开展合作。"),
                 })
            Check(await watchlist.HandleAsync(pipeline.Id, new WatchlistBody(organization, stage, null, notes), Admin(pipeline.ClusterId), ct));
        await AddScoutingFactsAsync(ct);

        var introduced = new List<Introduction>();
        foreach (var (organization, target, note) in new (string, string?, string)[]
                 {
                     ("sbh-biosam-cro", "cq-yuxin-clinical", "Preclinical CRO for Yuxin's pipeline."),
                     ("sbh-hanui-cell", "cq-shancheng-cell", "세포치료 공정 협력 제안."),
                     ("cq-yulan-biologics", "sbh-mbridge-vaccines", "疫苗代工合作。"),
                     ("cq-collagenix", null, "寻找韩国化妆品合作伙伴。"),
                     ("sbh-dewlight-cosmetics", "cq-xiaowan", "Functional cosmetics with microcapsules."),
                     ("cq-zaining-vector", "sbh-solbit-gene", "AAV vector supply."),
                 })
        {
            var source = await db.Organizations.Where(o => o.ExternalId == organization).Select(o => o.ClusterId).SingleAsync(ct);
            introduced.Add(Check(await introductions.HandleAsync(new IntroductionBody(organization, target, note), Admin(source), ct)));
        }
        introduced.ForEach(i => i.IsSample = true);
        introduced[0].Status = introduced[2].Status = introduced[4].Status = IntroductionStatus.Accepted;

        foreach (var (kind, title, amount, currency, closed, parties, source, meeting, introduction) in new (string, string, decimal, string, DateOnly, string[], string, int?, int?)[]
                 {
                     ("supply", "Microcapsule raw material supply, 2027", 2_400_000m, "CNY", new(2026, 10, 28), ["sbh-dewlight-cosmetics", "cq-xiaowan"], "meeting", MeetingOf("sbh-dewlight-cosmetics", "cq-xiaowan"), null),
                     ("co-development", "AAV vector co-development", 1_500_000m, "USD", new(2026, 11, 5), ["sbh-solbit-gene", "cq-zaining-vector"], "meeting", MeetingOf("sbh-solbit-gene", "cq-zaining-vector"), null),
                     ("licensing", "Collagen scaffold licence for Korea", 850_000_000m, "KRW", new(2026, 3, 16), ["sbh-cheonggye-biomaterials", "cq-collagenix"], "recommendation", null, null),
                     ("distribution", "Preclinical CRO services in Chongqing", 3_000_000m, "CNY", new(2025, 6, 2), ["sbh-biosam-cro", "cq-yuxin-clinical"], "introduction", null, introduced[0].Id),
                     ("talent-exchange", "Vaccine process engineers exchange", 120_000_000m, "KRW", new(2025, 11, 20), ["sbh-mbridge-vaccines", "cq-yulan-biologics"], "introduction", null, introduced[2].Id),
                 })
        {
            var isMeeting = source == "meeting" && meeting is not null;
            MarkSample(Check(await deals.HandleAsync(new DealBody(kind, title, amount, currency, closed, parties, isMeeting || source != "meeting" ? source : "recommendation",
                meeting, introduction, Mou), ct)));
        }
        await db.SaveChangesAsync(ct);
    }

    static CooperationActor Admin(string cluster) => new("seed", "BioBridge demo", cluster, IsAdmin: true);

    static T Check<T>(Outcome<T> result) where T : class =>
        result.Value ?? throw new InvalidOperationException("cooperation demo data breaks a rule: " + result.Message);

    static void MarkSample(object sample)
    {
        switch (sample)
        {
            case Commitment c: c.IsSample = true; break;
            case JointProject p: p.IsSample = true; break;
            case Deal d: d.IsSample = true; break;
        }
    }

    /// <summary>
    /// The demo event is over: one side of each of the first meetings of the published schedule sends its follow-up
    /// (which marks the meeting held), as delegates do after the event.
    /// </summary>
    async Task<Dictionary<(string, string), int>> MarkMeetingsHeldAsync(CancellationToken ct)
    {
        var desk = new PartneringActor(new Accounts.AppUser { UserName = "demo-desk" }, await Events.NamedEvent.FindAsync(db, SeedPartneringDemo.EventSlug, ct),
            IsOrganizer: true);
        var meetings = await db.Meetings.Where(m => m.IsPublished).OrderBy(m => m.Id).Take(10)
            .Select(m => new
            {
                m.Id, m.Request!.FromDelegateId,
                From = m.Request.FromDelegate!.Organization!.ExternalId, To = m.Request.ToDelegate!.Organization!.ExternalId,
            }).ToListAsync(ct);
        var pairs = new Dictionary<(string, string), int>();
        for (var i = 0; i < meetings.Count; i++)
        {
            var meeting = meetings[i];
            var (outcome, followUp) = await followUps.HandleAsync(desk, meeting.Id, meeting.FromDelegateId,
                new FollowUpInput(true, i % 3 == 2 ? "maybe" : "yes", i % 2 == 0 ? "co-development" : "supply", "Demo follow-up."), ct);
            if (followUp is null)
                throw new InvalidOperationException("cooperation demo follow-up breaks a rule: " + outcome.Message);
            pairs[(meeting.From, meeting.To)] = meeting.Id;
        }
        return pairs;
    }

    async Task AddScoutingFactsAsync(CancellationToken ct)
    {
        var facts = new (string Organization, double? Growth, double? Rd, int Awards)[]
        {
            ("cq-yulan-biologics", 18, 12, 2), ("cq-shancheng-cell", 35, 24, 1), ("cq-yuxin-clinical", 22, null, 0), ("cq-xiaowan", 27, 9, 3),
            ("sbh-mbridge-vaccines", 60, 35, 1), ("sbh-hanui-cell", 15, 28, 2), ("sbh-solbit-gene", 40, 45, 4),
        };
        var ids = await db.Organizations.Where(o => facts.Select(f => f.Organization).Contains(o.ExternalId)).ToDictionaryAsync(o => o.ExternalId, o => o.Id, ct);
        db.ScoutingFacts.AddRange(facts.Select(f => new ScoutingFacts
        {
            OrganizationId = ids[f.Organization], GrowthPercent = f.Growth, RdIntensityPercent = f.Rd, Awards = f.Awards, AsOfYear = 2025,
        }));
        await db.SaveChangesAsync(ct);
    }
}
