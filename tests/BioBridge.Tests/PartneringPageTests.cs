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
}

public sealed class PartneringPagesOnSqlite(SqliteApp app) : PartneringPageTests<SqliteApp>(app);

public sealed class PartneringPagesOnPostgres(PostgresApp app) : PartneringPageTests<PostgresApp>(app);
