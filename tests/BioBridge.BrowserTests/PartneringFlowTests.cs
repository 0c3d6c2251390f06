using Ical.Net;
using Microsoft.Playwright;

namespace BioBridge.BrowserTests;

/// <summary>
/// The whole partnering flow in Chromium, as two delegates of the two clusters and an organizer: register, request,
/// accept, run the scheduler, publish, see both agendas in Korean and Chinese, download the .ics and parse it.
/// </summary>
public sealed class PartneringFlowTests(PartneringBrowserApp app) : IClassFixture<PartneringBrowserApp>
{
    const string Partnering = $"/events/{PartneringBrowserApp.EventSlug}/partnering";

    static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.ArtifactsFolder, $"partnering-{name}.png"), FullPage = true });

    static async Task RegisterAsync(IPage page, string name, string language)
    {
        var form = page.Locator("form[data-testid='register-form']");
        await form.Locator("input[name='displayName']").FillAsync(name);
        foreach (var box in await form.Locator("input[name='languages']").AllAsync())
            await box.SetCheckedAsync(await box.GetAttributeAsync("value") == language);
        await form.Locator("button[type='submit']").ClickAsync();
        await page.Locator("[data-testid='me']").WaitForAsync();
    }

    [Fact]
    public async Task Two_delegates_and_an_organizer_go_from_registration_to_published_agendas_and_calendars()
    {
        var chongqing = await app.SignedInPageAsync(PartneringBrowserApp.ChongqingMember, "zh-Hans");
        await chongqing.GotoAsync(app.BaseUrl + Partnering);
        (await chongqing.Locator("html").GetAttributeAsync("lang")).ShouldBe("zh-Hans");
        await RegisterAsync(chongqing, "黄晓 Huang Xiao", "zh");
        (await chongqing.Locator("[data-testid='partnering-message']").InnerTextAsync()).ShouldContain("注册成功");

        var seoul = await app.SignedInPageAsync(PartneringBrowserApp.SeoulMember, "ko");
        await seoul.GotoAsync(app.BaseUrl + Partnering);
        await RegisterAsync(seoul, "오세훈 Oh Se-hun", "ko");
        var request = seoul.Locator("form[data-testid='request-form']");
        var partner = await request.Locator("select[name='to'] option", new() { HasTextString = "黄晓 Huang Xiao" }).First.GetAttributeAsync("value");
        await request.Locator("select[name='to']").SelectOptionAsync(partner!);
        await request.Locator("textarea[name='message']").FillAsync("한방 원료 공동 연구를 논의하고 싶습니다.");
        await request.Locator("select[name='priority']").SelectOptionAsync("3");
        await request.Locator("button[type='submit']").ClickAsync();
        await seoul.Locator("[data-testid='outgoing-request']").WaitForAsync();
        (await seoul.Locator("[data-testid='partnering-message']").InnerTextAsync()).ShouldContain("요청을 보냈습니다");
        await ShotAsync(seoul, "request-ko");

        await chongqing.GotoAsync(app.BaseUrl + Partnering);
        var incoming = chongqing.Locator("[data-testid='incoming-request']");
        (await incoming.InnerTextAsync()).ShouldContain("오세훈 Oh Se-hun");
        await incoming.Locator("button[value='accept']").ClickAsync();
        await chongqing.Locator("[data-testid='partnering-message']").WaitForAsync();
        (await chongqing.Locator("[data-testid='incoming-request']").InnerTextAsync()).ShouldContain("已接受");
        await ShotAsync(chongqing, "accepted-zh");

        var organizer = await app.SignedInPageAsync("operator@seoulbiohub.example", "en");
        await organizer.GotoAsync($"{app.BaseUrl}/events/{PartneringBrowserApp.EventSlug}/organizer");
        await organizer.Locator("form[data-testid='run-form'] input[name='seconds']").FillAsync("2");
        await organizer.Locator("form[data-testid='run-form'] button[type='submit']").ClickAsync();
        // The desk reloads itself while the job runs; the publish button appears once the run has succeeded.
        var publish = organizer.Locator("[data-testid='publish']");
        await publish.WaitForAsync(new() { Timeout = 120_000 });
        (await organizer.Locator("[data-testid='run-detail']").InnerTextAsync()).ShouldContain("박소영 Park So-young");
        await ShotAsync(organizer, "run-en");
        await publish.ClickAsync();
        (await organizer.Locator("[data-testid='organizer-message']").InnerTextAsync()).ShouldContain("Published: 1 meetings");

        await seoul.GotoAsync(app.BaseUrl + Partnering);
        await seoul.Locator("[data-testid='agenda-link']").ClickAsync();
        var seoulMeeting = seoul.Locator("[data-testid='agenda-meeting']");
        (await seoulMeeting.CountAsync()).ShouldBe(1);
        var seoulRow = await seoulMeeting.InnerTextAsync();
        seoulRow.ShouldContain("테이블");
        seoulRow.ShouldContain("黄晓 Huang Xiao");
        seoulRow.ShouldContain("박소영 Park So-young");
        await ShotAsync(seoul, "agenda-ko");

        await chongqing.GotoAsync(app.BaseUrl + Partnering);
        await chongqing.Locator("[data-testid='agenda-link']").ClickAsync();
        var chongqingRow = await chongqing.Locator("[data-testid='agenda-meeting']").InnerTextAsync();
        chongqingRow.ShouldContain("洽谈桌");
        chongqingRow.ShouldContain("오세훈 Oh Se-hun");
        await ShotAsync(chongqing, "agenda-zh");

        var download = await chongqing.RunAndWaitForDownloadAsync(() => chongqing.Locator("[data-testid='ics-link']").ClickAsync());
        var ics = await File.ReadAllTextAsync((await download.PathAsync())!);
        var calendar = Calendar.Load(ics)!;
        calendar.Events.Count.ShouldBe(1);
        var meeting = calendar.Events.Single();
        meeting.Summary!.ShouldContain("오세훈 Oh Se-hun");
        meeting.Description!.ShouldContain("박소영 Park So-young");
        // 14:00 to 17:00 in Seoul (UTC+9) is 05:00 to 08:00 UTC.
        meeting.DtStart!.AsUtc.Hour.ShouldBeInRange(5, 7);
        meeting.DtStart.AsUtc.Date.ShouldBe(new DateTime(2026, 11, 18));

        // On the day: the desk checks the visitor in, and after the meeting the visitor marks it held.
        await organizer.GotoAsync($"{app.BaseUrl}/events/{PartneringBrowserApp.EventSlug}/organizer");
        await organizer.Locator("[data-testid='demand'] tr", new() { HasTextString = "黄晓 Huang Xiao" }).Locator("[data-testid='check-in']").ClickAsync();
        (await organizer.Locator("[data-testid='organizer-message']").InnerTextAsync()).ShouldContain("Checked in");
        await chongqing.Locator("[data-testid='agenda-meeting'] button[value='held']").ClickAsync();
        await chongqing.Locator("[data-testid='agenda-meeting'] .badge", new() { HasTextString = "已举行" }).WaitForAsync();
    }
}
