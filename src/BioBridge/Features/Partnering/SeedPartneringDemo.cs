using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// Partnering at the demo event (Seoul Smart Life Week): slots in its two partnering sessions, eight tables and an
/// online room, two Korean-Chinese interpreters, twelve fictional delegates of sample organizations of both
/// clusters, their requests, and a schedule solved by the real scheduler and published. Two delegates get member
/// accounts (delegate@dewlight.example, delegate@xiaowan.example) with the demo password. Around the meetings: speakers
/// at the forum and the awards, exhibitors in Hall C, the Liangjiang delegation with its itinerary, and the first
/// follow-ups after the first meetings.
/// </summary>
public sealed class SeedPartneringDemo(AppDb db, RunScheduling runScheduling, UserManager<AppUser> users, TimeProvider clock)
{
    public const string EventSlug = "slw-2026";

    static readonly (string Organization, string Name, string Title, string[] Languages, string? Email)[] Delegates =
    [
        ("sbh-dewlight-cosmetics", "박지우 Park Ji-woo", "CTO", ["ko", "en"], "delegate@dewlight.example"),
        ("sbh-hanui-cell", "이서연 Lee Seo-yeon", "Head of business development", ["ko"], null),
        ("sbh-solbit-gene", "김도현 Kim Do-hyun", "CEO", ["ko", "en"], null),
        ("sbh-mbridge-vaccines", "정하은 Jung Ha-eun", "Partnering manager", ["ko"], null),
        ("sbh-cheonggye-biomaterials", "최민준 Choi Min-jun", "R&D director", ["ko"], null),
        ("sbh-biosam-cro", "한유나 Han Yu-na", "Global sales lead", ["ko", "en"], null),
        ("cq-xiaowan", "王磊 Wang Lei", "董事长助理 Assistant to the chairman", ["zh"], "delegate@xiaowan.example"),
        ("cq-zaining-vector", "陈静 Chen Jing", "业务拓展总监 BD director", ["zh", "en"], null),
        ("cq-shancheng-cell", "刘洋 Liu Yang", "研发经理 R&D manager", ["zh"], null),
        ("cq-yulan-biologics", "赵敏 Zhao Min", "国际合作部 International cooperation", ["zh"], null),
        ("cq-collagenix", "孙浩 Sun Hao", "总经理 General manager", ["zh"], null),
        ("cq-yuxin-clinical", "周婷 Zhou Ting", "临床运营 Clinical operations", ["zh", "en"], null),
    ];

    // (from, to, priority, status): indexes into Delegates; mutual pairs appear in both directions.
    static readonly (int From, int To, int Priority, RequestStatus Status, string Message)[] Requests =
    [
        (0, 6, 3, RequestStatus.Accepted, "마이크로캡슐 원료를 저희 기능성 화장품에 쓰고 싶습니다."),
        (6, 0, 3, RequestStatus.Accepted, "我们希望向韩国化妆品企业供应微胶囊原料。"),
        (2, 7, 3, RequestStatus.Accepted, "We look for AAV vector manufacturing for our gene therapy candidate."),
        (1, 8, 2, RequestStatus.Accepted, "세포치료제 공정 개발 협력을 논의하고 싶습니다."),
        (8, 1, 2, RequestStatus.Accepted, "希望探讨细胞治疗工艺开发合作。"),
        (3, 9, 3, RequestStatus.Accepted, "백신 위탁생산(CMO) 가능성을 알고 싶습니다."),
        (4, 10, 2, RequestStatus.Accepted, "콜라겐 기반 생체재료 공동 개발을 제안합니다."),
        (5, 11, 3, RequestStatus.Accepted, "We offer preclinical CRO services for your clinical pipeline."),
        (11, 2, 1, RequestStatus.Accepted, "了解基因治疗在中国开展临床试验的合作机会。"),
        (9, 5, 2, RequestStatus.Accepted, "寻找韩国的临床前CRO合作伙伴。"),
        (7, 1, 2, RequestStatus.Accepted, "Vector supply for cell therapy programmes."),
        (10, 0, 1, RequestStatus.Accepted, "胶原蛋白原料用于化妆品。"),
        (0, 11, 1, RequestStatus.Accepted, "임상 효능 시험 협력 가능성을 알고 싶습니다."),
        (6, 4, 2, RequestStatus.Accepted, "微胶囊与生物材料的结合应用。"),
        (3, 7, 1, RequestStatus.Accepted, "Viral vector know-how for vaccine platforms."),
        (2, 8, 2, RequestStatus.Pending, "유전자 교정 세포치료 협력을 제안합니다."),
        (9, 4, 1, RequestStatus.Pending, "了解生物材料在疫苗递送中的应用。"),
        (5, 6, 1, RequestStatus.Declined, "안전성 시험 서비스를 소개하고 싶습니다."),
    ];

    static readonly (string Organization, string Booth)[] Exhibitors =
    [
        ("sbh-dewlight-cosmetics", "C-101"), ("sbh-solbit-gene", "C-104"), ("sbh-biosam-cro", "C-118"), ("cq-xiaowan", "C-210"), ("cq-collagenix", "C-212"),
    ];

    // (delegate index, kind of the session they speak at)
    static readonly (int Delegate, Events.SessionKind Session)[] Speakers =
        [(2, Events.SessionKind.Forum), (7, Events.SessionKind.Forum), (9, Events.SessionKind.Awards)];

    // The Liangjiang delegation: Wang Lei, Liu Yang and Sun Hao.
    static readonly int[] DelegationMembers = [6, 8, 10];

    // (meeting index among the published, side 0 or 1, interest, outcome type, note)
    static readonly (int Meeting, int Side, string Interest, string OutcomeType, string Note)[] FollowUps =
    [
        (0, 0, "yes", "supply", "샘플 교환 후 2주 안에 견적 요청 예정."),
        (0, 1, "yes", "supply", "将寄送样品，安排第二次线上会议。"),
        (1, 0, "maybe", "co-development", "Interesting platform; internal review first."),
        (2, 1, "none", "none", "Not a fit for our pipeline this year."),
    ];

    public async Task<int> HandleAsync(string demoPassword, CancellationToken ct)
    {
        var ev = await db.Events.SingleAsync(e => e.Slug == EventSlug, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var slots = await AddVenueAsync(ev, ct);
        var (delegates, organizations) = await AddDelegatesAsync(ev, slots, now, ct);
        AddRequests(delegates, now);
        await AddAccountsAsync(delegates, organizations, demoPassword);
        var runId = await ScheduleAndPublishAsync(ev, now, ct);
        await AddFollowUpsAsync(runId, now, ct);
        return delegates.Count;
    }

    /// <summary>The partnering sessions' slots, eight tables, an online room and two interpreters.</summary>
    async Task<List<EventSlot>> AddVenueAsync(Events.Event ev, CancellationToken ct)
    {
        var day1 = ev.StartsOn;
        var day2 = ev.StartsOn.AddDays(1);
        var slots = new List<EventSlot>();
        void AddSlots(DateOnly day, TimeOnly from, TimeOnly to)
        {
            for (var start = from; start.AddMinutes(30) <= to; start = start.AddMinutes(30))
                slots.Add(new EventSlot { EventId = ev.Id, Day = day, Start = start, Minutes = 30, Ordinal = slots.Count });
        }
        // The partnering sessions of the agenda, with a lunch break on the second day.
        AddSlots(day1, new TimeOnly(14, 0), new TimeOnly(17, 30));
        AddSlots(day2, new TimeOnly(9, 0), new TimeOnly(12, 0));
        AddSlots(day2, new TimeOnly(13, 30), new TimeOnly(17, 30));
        db.EventSlots.AddRange(slots);
        for (var t = 1; t <= 8; t++)
            db.EventLocations.Add(new EventLocation { EventId = ev.Id, Code = $"T{t:00}", Kind = LocationKind.Table });
        db.EventLocations.Add(new EventLocation { EventId = ev.Id, Code = "online", Kind = LocationKind.Virtual, Url = "https://meet.example/slw-2026" });
        await db.SaveChangesAsync(ct);
        db.Interpreters.Add(new Interpreter { EventId = ev.Id, Name = "김은지 Kim Eun-ji", Languages = ["ko", "zh", "en"], MaxMeetings = 12 });
        db.Interpreters.Add(new Interpreter
        {
            EventId = ev.Id,
            Name = "李娜 Li Na",
            Languages = ["zh", "ko"],
            MaxMeetings = 12,
            UnavailableSlotIds = slots.Take(2).Select(s => s.Id).ToList(),
        });
        return slots;
    }

    /// <summary>The delegates (two of them speakers), the Liangjiang delegation with its itinerary, the exhibitors.</summary>
    async Task<(List<EventDelegate> Delegates, Dictionary<string, int> Organizations)> AddDelegatesAsync(Events.Event ev, List<EventSlot> slots,
        DateTime now, CancellationToken ct)
    {
        var day1 = ev.StartsOn;
        var day2 = ev.StartsOn.AddDays(1);
        var organizations = await db.Organizations.Where(o => Delegates.Select(d => d.Organization).Contains(o.ExternalId))
            .ToDictionaryAsync(o => o.ExternalId, o => o.Id, ct);
        var delegates = Delegates.Select((d, k) => new EventDelegate
        {
            EventId = ev.Id,
            OrganizationId = organizations[d.Organization],
            DisplayName = d.Name,
            JobTitle = d.Title,
            Email = d.Email ?? $"delegate{k + 1:00}@{d.Organization}.example",
            Languages = [.. d.Languages],
            MaxMeetings = 8,
            RegisteredAt = now,
            CalendarToken = RegisterDelegate.NewCalendarToken(),
            // Two delegates are busy during the first afternoon slot: the scheduler works around it.
            UnavailableSlotIds = k is 2 or 9 ? [slots[0].Id] : [],
        }).ToList();
        var sessions = await db.Events.Where(e => e.Id == ev.Id).SelectMany(e => e.Sessions).ToListAsync(ct);
        foreach (var (speaker, kind) in Speakers)
        {
            delegates[speaker].SpeakingSessionIds = [sessions.First(s => s.Kind == kind).Id];
            delegates[speaker].BlockSlotsOfSessions(slots, sessions);
        }
        var delegation = new Delegation
        {
            EventId = ev.Id,
            NameKo = "량장 신구 대표단 (서울 방문)",
            NameZh = "两江新区代表团（访问首尔）",
            NameEn = "Liangjiang delegation to Seoul",
            ClusterId = Directory.Cluster.Liangjiang,
        };
        var forum = sessions.First(s => s.Kind == Events.SessionKind.Forum);
        var awards = sessions.First(s => s.Kind == Events.SessionKind.Awards);
        var hanui = await db.Organizations.Where(o => o.ExternalId == "sbh-hanui-cell").Select(o => (int?)o.Id).SingleOrDefaultAsync(ct);
        delegation.Itinerary.AddRange(
        [
            new ItineraryItem { Day = day1, Starts = new TimeOnly(8, 30), Ends = new TimeOnly(9, 30), Title = "Seoul Bio Hub tour", Place = "Seoul Bio Hub, Hongneung" },
            new ItineraryItem { Day = day1, Starts = forum.Starts, Ends = forum.Ends, Title = forum.TitleEn!, Place = forum.Room, SessionId = forum.Id },
            new ItineraryItem { Day = day2, Starts = new TimeOnly(12, 0), Ends = new TimeOnly(13, 30), Title = "Lunch with the Seoul Bio Hub management", Place = "COEX" },
            new ItineraryItem { Day = awards.Day, Starts = new TimeOnly(10, 0), Ends = new TimeOnly(12, 0), Title = "Cell therapy lab visit", Place = "Hongneung",
                OrganizationId = hanui },
            new ItineraryItem { Day = awards.Day, Starts = awards.Starts, Ends = awards.Ends, Title = awards.TitleEn!, Place = awards.Room, SessionId = awards.Id },
        ]);
        db.Delegations.Add(delegation);
        db.Delegates.AddRange(delegates);
        await db.SaveChangesAsync(ct);
        foreach (var member in DelegationMembers.Select(k => delegates[k]))
        {
            member.DelegationId = delegation.Id;
            member.BlockSlotsOfItinerary(slots, delegation.Itinerary);
        }
        var exhibiting = await db.Organizations.Where(o => Exhibitors.Select(x => x.Organization).Contains(o.ExternalId))
            .ToDictionaryAsync(o => o.ExternalId, o => o.Id, ct);
        db.Exhibitors.AddRange(Exhibitors.Select(x => new Exhibitor { EventId = ev.Id, OrganizationId = exhibiting[x.Organization], Booth = x.Booth, Hall = "Hall C" }));
        return (delegates, organizations);
    }

    void AddRequests(List<EventDelegate> delegates, DateTime now)
    {
        foreach (var (from, to, priority, status, message) in Requests)
        {
            var (_, request) = MeetingRequest.Open(delegates[from], delegates[to], message, priority, MeetingMode.Onsite, 0, int.MaxValue, now);
            if (status == RequestStatus.Accepted)
                request!.Accept(now);
            else if (status == RequestStatus.Declined)
                request!.Decline(now);
            db.MeetingRequests.Add(request!);
        }
    }

    /// <summary>Member accounts with the demo password for the delegates that have a demo e-mail address.</summary>
    async Task AddAccountsAsync(List<EventDelegate> delegates, Dictionary<string, int> organizations, string demoPassword)
    {
        for (var k = 0; k < Delegates.Length; k++)
        {
            if (Delegates[k].Email is not { } email || await users.FindByEmailAsync(email) is not null)
                continue;
            var user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = Delegates[k].Name,
                OrganizationId = organizations[Delegates[k].Organization],
            };
            var created = await users.CreateAsync(user, demoPassword);
            if (!created.Succeeded)
                throw new InvalidOperationException($"demo account {email}: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, Roles.Member);
            delegates[k].UserId = user.Id;
        }
    }

    /// <summary>The real scheduler, briefly, then published as an organizer would after review.</summary>
    async Task<int> ScheduleAndPublishAsync(Events.Event ev, DateTime now, CancellationToken ct)
    {
        var run = new SchedulingRun { EventId = ev.Id, TimeLimitSeconds = 1, RequestedAt = now, Progress = "queued" };
        db.SchedulingRuns.Add(run);
        await db.SaveChangesAsync(ct);
        run.Start("seed demo", now, now.AddMinutes(5));
        await db.SaveChangesAsync(ct);
        await runScheduling.HandleAsync(run.Id, "seed demo", ct);
        if (run.Status != RunStatus.Succeeded)
            throw new InvalidOperationException($"the demo scheduling run failed: {run.Error}");
        var proposed = await db.Meetings.Where(m => m.RunId == run.Id).ToListAsync(ct);
        foreach (var meeting in proposed)
        {
            meeting.IsPublished = true;
            meeting.PublishedAt = now;
        }
        run.Publish(now);
        await db.SaveChangesAsync(ct);
        return run.Id;
    }

    /// <summary>The first follow-ups after the first published meetings.</summary>
    async Task AddFollowUpsAsync(int runId, DateTime now, CancellationToken ct)
    {
        var first = await db.Meetings.Include(m => m.Seats).Include(m => m.Slot).Where(m => m.RunId == runId).ToListAsync(ct);
        first = first.OrderBy(m => m.Slot!.Ordinal).ThenBy(m => m.Id).ToList();
        foreach (var (index, side, interest, outcomeType, note) in FollowUps.Where(f => f.Meeting < first.Count))
        {
            first[index].Mark(MeetingStatus.Held);
            db.MeetingFollowUps.Add(new MeetingFollowUp
            {
                MeetingId = first[index].Id,
                DelegateId = first[index].Seats.OrderBy(x => x.DelegateId).ElementAt(side).DelegateId,
                Happened = true,
                NextStepInterest = interest,
                OutcomeType = outcomeType,
                Note = note,
                SubmittedAt = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
