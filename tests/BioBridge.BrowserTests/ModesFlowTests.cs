using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BioBridge.BrowserTests;

/// <summary>Self-scheduling on a phone, the hosted-buyer flow, and every main page at phone and desktop width.</summary>
public sealed class ModesFlowTests(ModesBrowserApp app) : IClassFixture<ModesBrowserApp>
{
    static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.ArtifactsFolder, $"modes-{name}.png"), FullPage = true });

    /// <summary>Nothing wider than the screen: the page never scrolls sideways.</summary>
    static async Task ShouldFitAsync(IPage page, string what)
    {
        var (scroll, inner) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("window.innerWidth"));
        scroll.ShouldBeLessThanOrEqualTo(inner, $"{what} at {inner} px scrolls sideways ({scroll} px wide)");
    }

    [Fact]
    public async Task A_delegate_self_schedules_a_meeting_on_a_phone()
    {
        var page = await app.SignedInPageAsync(ModesBrowserApp.SeoulMember, "ko");
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"{app.BaseUrl}/events/{ModesBrowserApp.SelfSlug}/partnering");
        await ShouldFitAsync(page, "partnering");
        await page.Locator("[data-testid='pick-slot-link']").ClickAsync();
        await page.Locator("[data-testid='free-slot']").First.WaitForAsync();
        (await page.Locator("[data-testid='free-slot']").CountAsync()).ShouldBe(4);
        await ShouldFitAsync(page, "slot picker");
        await ShotAsync(page, "pick-390");
        await page.Locator("[data-testid='free-slot']").Nth(1).ClickAsync();
        (await page.Locator("[data-testid='pick-message']").GetAttributeAsync("class")).ShouldBe("ok");
        await page.Locator("[data-testid='agenda-link']").ClickAsync();
        var meeting = page.Locator("[data-testid='agenda-meeting']");
        (await meeting.InnerTextAsync()).ShouldContain("10:30");
        (await meeting.InnerTextAsync()).ShouldContain("Zaining Li");
        await ShouldFitAsync(page, "agenda");
        await ShotAsync(page, "agenda-390");
    }

    [Fact]
    public async Task Hosted_buyer_preferences_produce_a_schedule_without_no_thanks_pairs()
    {
        var seoul = await app.SignedInPageAsync(ModesBrowserApp.SeoulMember, "en");
        await seoul.SetViewportSizeAsync(390, 844);
        await seoul.GotoAsync($"{app.BaseUrl}/events/{ModesBrowserApp.HostedSlug}/partnering");
        await seoul.Locator("[data-testid='preferences-link']").ClickAsync();
        var lipocore = seoul.Locator("[data-testid='preference']", new() { HasText = "Lipocore Wang" });
        await lipocore.Locator("button[value$=':no-thanks']").ClickAsync();
        var zaining = seoul.Locator("[data-testid='preference']", new() { HasText = "Zaining Li" });
        await zaining.Locator("button[value$=':must-meet']").ClickAsync();
        (await seoul.Locator("[data-testid='preference']", new() { HasText = "Zaining Li" }).Locator("[data-testid='level']").InnerTextAsync()).ShouldBe("Must meet");
        await ShouldFitAsync(seoul, "preferences");
        await ShotAsync(seoul, "preferences-390");

        var organizer = await app.SignedInPageAsync("operator@seoulbiohub.example", "en");
        await organizer.GotoAsync($"{app.BaseUrl}/events/{ModesBrowserApp.HostedSlug}/organizer");
        await organizer.Locator("[data-testid='generate-form'] input[name='seconds']").FillAsync("2");
        await organizer.Locator("[data-testid='generate-form'] button").ClickAsync();
        (await organizer.Locator("[data-testid='generation-message']").InnerTextAsync()).ShouldContain("1");
        await organizer.Locator("[data-testid='run-status'].status-succeeded").First.WaitForAsync(new() { Timeout = 60_000 });

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var eventId = await db.Events.Where(e => e.Slug == ModesBrowserApp.HostedSlug).Select(e => e.Id).SingleAsync();
        var names = await db.Delegates.Where(d => d.EventId == eventId).ToDictionaryAsync(d => d.Id, d => d.DisplayName);
        var meetings = await db.Meetings.Include(m => m.Seats).Where(m => m.EventId == eventId).ToListAsync();
        meetings.ShouldHaveSingleItem().Seats.Select(s => names[s.DelegateId]).Order().ShouldBe(["Solbit Kim", "Zaining Li"]);
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task Main_pages_fit_the_screen(int width, int height)
    {
        var page = await app.SignedInPageAsync("operator@seoulbiohub.example", "en");
        await page.SetViewportSizeAsync(width, height);
        foreach (var (name, path) in new[]
                 {
                     ("home", "/"), ("directory", "/organizations"), ("profile", "/organizations/cq-xiaowan"),
                     ("event", $"/events/{ModesBrowserApp.SelfSlug}/partnering"), ("organizer", $"/events/{ModesBrowserApp.SelfSlug}/organizer"),
                     ("setup", $"/events/{ModesBrowserApp.SelfSlug}/setup"), ("events", "/events"),
                 })
        {
            await page.GotoAsync(app.BaseUrl + path);
            await ShotAsync(page, $"{name}-{width}");
            await ShouldFitAsync(page, name);
        }
    }
}
