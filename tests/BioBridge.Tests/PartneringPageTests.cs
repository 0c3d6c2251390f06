using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;

namespace BioBridge.Tests;

/// <summary>
/// The partnering pages in each language, on the demo event: a delegate's requests and request form, their printable
/// agenda, and the organizer desk; and the same forms the browser posts (accept, run, publish) change what they say.
/// </summary>
public abstract class PartneringPageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    static readonly ConcurrentDictionary<(BioBridgeApp, string), Lazy<Task<HttpClient>>> Clients = new();

    Task<HttpClient> SignedInAsync(string email) =>
        Clients.GetOrAdd((app, email), _ => new Lazy<Task<HttpClient>>(() => app.SignedInAsync(email))).Value;

    static async Task<string> PageAsync(HttpClient client, string culture, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        (await client.GetAsync($"/culture/{culture}?returnUrl=/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var response = await client.GetAsync(path);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.StatusCode.ShouldBe(expected, html.Length > 2000 ? html[..2000] : html);
        return html;
    }

    public static TheoryData<string, string, string> DelegatePages() => new()
    {
        { "ko", "/events/slw-2026/partnering", "받은 요청" },
        { "zh-Hans", "/events/slw-2026/partnering", "收到的申请" },
        { "en", "/events/slw-2026/partnering", "Requests received" },
        { "ko", "/partnering", "파트너링" },
        { "zh-Hans", "/partnering", "合作洽谈" },
        { "en", "/events", "One-to-one partnering" },
    };

    [Theory]
    [MemberData(nameof(DelegatePages))]
    public async Task Delegate_pages_render_in_the_chosen_language(string culture, string path, string expected)
    {
        var client = await SignedInAsync("delegate@xiaowan.example");
        var html = await PageAsync(client, culture, path);
        html.ShouldContain($"<html lang=\"{culture}\"");
        html.ShouldContain(expected);
    }

    [Theory]
    [InlineData("ko", "테이블", "서울 시간")]
    [InlineData("zh-Hans", "洽谈桌", "首尔时间")]
    [InlineData("en", "Table", "Seoul time")]
    public async Task The_personal_agenda_lists_meetings_with_table_partner_and_calendar_link(string culture, string table, string zone)
    {
        var client = await SignedInAsync("delegate@xiaowan.example");
        var partnering = await PageAsync(client, culture, "/events/slw-2026/partnering");
        var agendaPath = Regex.Match(partnering, "href=\"(/events/slw-2026/agenda/\\d+)\"").Groups[1].Value;
        agendaPath.ShouldNotBeEmpty();
        var html = await PageAsync(client, culture, agendaPath);
        html.ShouldContain("data-testid=\"agenda-meeting\"");
        html.ShouldContain(table);
        html.ShouldContain(zone);
        html.ShouldContain("agenda.ics");
        // Chongqing is one hour behind Seoul: the same agenda in China time starts an hour earlier.
        var seoulFirst = Regex.Match(html, "(\\d\\d:\\d\\d)–\\d\\d:\\d\\d").Groups[1].Value;
        var china = await PageAsync(client, culture, agendaPath + "?tz=Asia/Shanghai");
        var chinaFirst = Regex.Match(china, "(\\d\\d:\\d\\d)–\\d\\d:\\d\\d").Groups[1].Value;
        (TimeOnly.Parse(seoulFirst) - TimeOnly.Parse(chinaFirst)).ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task Another_organizations_agenda_is_not_shown_and_the_organizer_desk_needs_an_operator()
    {
        var client = await SignedInAsync("delegate@xiaowan.example");
        var organizer = await SignedInAsync("operator@seoulbiohub.example");
        var desk = await PageAsync(organizer, "en", "/events/slw-2026/organizer");
        var foreignAgenda = Regex.Matches(desk, "href=\"(/events/slw-2026/agenda/\\d+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        var mine = Regex.Match(await PageAsync(client, "en", "/events/slw-2026/partnering"), "href=\"(/events/slw-2026/agenda/\\d+)\"").Groups[1].Value;
        await PageAsync(client, "en", foreignAgenda.First(a => a != mine), HttpStatusCode.NotFound);

        var denied = await client.GetAsync("/events/slw-2026/organizer");
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.OriginalString.ShouldContain("/account/denied");
        var anonymous = await app.Anonymous().GetAsync("/events/slw-2026/organizer");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.OriginalString.ShouldContain("/account/sign-in");
    }

    [Theory]
    [InlineData("ko", "일정 배정 실행", "참가자별 수요")]
    [InlineData("zh-Hans", "排程记录", "各参会代表的需求")]
    [InlineData("en", "Scheduling runs", "Demand per delegate")]
    public async Task The_organizer_desk_shows_runs_figures_and_demand(string culture, string runs, string demand)
    {
        var organizer = await SignedInAsync("operator@seoulbiohub.example");
        var html = await PageAsync(organizer, culture, "/events/slw-2026/organizer");
        html.ShouldContain(runs);
        html.ShouldContain(demand);
        html.ShouldContain("data-testid=\"run-status\"");
        html.ShouldContain("T01");
    }

    [Theory]
    [InlineData("ko", "프로그램", "전시 참가사", "대표단")]
    [InlineData("zh-Hans", "日程", "参展商", "代表团")]
    [InlineData("en", "Programme", "Exhibitors", "Delegations")]
    public async Task The_event_page_shows_sessions_with_speakers_exhibitors_and_delegations(string culture, string program, string exhibitors,
        string delegations)
    {
        var html = await PageAsync(app.Anonymous(), culture, "/events/slw-2026/partnering");
        html.ShouldContain(program);
        html.ShouldContain(exhibitors);
        html.ShouldContain(delegations);
        html.ShouldContain("김도현 Kim Do-hyun"); // a forum speaker
        html.ShouldContain("C-210");
        Regex.IsMatch(html, "href=\"/events/slw-2026/delegations/\\d+\"").ShouldBeTrue();
    }

    [Theory]
    [InlineData("ko", "대표단 일정", "1분 후속 조치", "성과 유형")]
    [InlineData("zh-Hans", "代表团行程", "一分钟会后反馈", "成果类型")]
    [InlineData("en", "Delegation itinerary", "One-minute follow-up", "Outcome type")]
    public async Task A_delegation_members_agenda_shows_the_itinerary_and_a_follow_up_form_per_meeting(string culture, string itinerary,
        string followUp, string outcomeType)
    {
        var client = await SignedInAsync("delegate@xiaowan.example");
        var partnering = await PageAsync(client, culture, "/events/slw-2026/partnering");
        partnering.ShouldContain("data-testid=\"edit-form\"");
        var agendaPath = Regex.Match(partnering, "href=\"(/events/slw-2026/agenda/\\d+)\"").Groups[1].Value;
        var html = await PageAsync(client, culture, agendaPath);
        html.ShouldContain(itinerary);
        html.ShouldContain("Seoul Bio Hub tour");
        html.ShouldContain(followUp);
        html.ShouldContain(outcomeType);
        html.ShouldContain("data-testid=\"follow-up-form\"");

        var delegationPath = Regex.Match(html, "href=\"(/events/slw-2026/delegations/\\d+)\"").Groups[1].Value;
        var delegation = await PageAsync(client, culture, delegationPath);
        delegation.ShouldContain("王磊 Wang Lei");
        delegation.ShouldContain("data-testid=\"delegation-itinerary\"");
        var anonymous = await app.Anonymous().GetAsync(delegationPath);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("ko", "행사 당일: 미팅과 후속 조치", "행사 설정", "테이블과 온라인 회의실")]
    [InlineData("zh-Hans", "活动当天：会谈与会后反馈", "活动设置", "洽谈桌与线上会议室")]
    [InlineData("en", "On the day: meetings and follow-ups", "Set up the event", "Tables and online rooms")]
    public async Task Organizers_see_follow_ups_and_set_up_slots_tables_interpreters_and_programme(string culture, string followUps, string setUp,
        string tables)
    {
        var organizer = await SignedInAsync("operator@seoulbiohub.example");
        var desk = await PageAsync(organizer, culture, "/events/slw-2026/organizer");
        desk.ShouldContain(followUps);
        desk.ShouldContain("data-testid=\"follow-ups\"");
        var setup = await PageAsync(organizer, culture, "/events/slw-2026/setup");
        setup.ShouldContain(setUp);
        setup.ShouldContain(tables);
        setup.ShouldContain("李娜 Li Na");
        var member = await SignedInAsync("delegate@xiaowan.example");
        (await member.GetAsync("/events/slw-2026/setup")).Headers.Location!.OriginalString.ShouldContain("/account/denied");
    }
}
