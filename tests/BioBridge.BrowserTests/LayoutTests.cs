using BioBridge.Data;
using BioBridge.Features.Partnering;
using BioBridge.Features.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BioBridge.BrowserTests;

/// <summary>
/// Every main page, as the demo person who uses it, in each language at desktop (1280 x 800) and phone (390 x 844)
/// width: nothing scrolls sideways or sticks out of the screen, no raw resource key or placeholder shows, and the
/// Korean and Chinese interface has no English left in it (LayoutChecks). Each page's screenshot is kept in the artifacts.
/// All problems of a language are reported together, so one run lists everything to fix.
/// </summary>
public sealed class LayoutTests(RunningApp app) : IClassFixture<RunningApp>
{
    const string Operator = "operator@seoulbiohub.example";
    const string Delegate = "delegate@dewlight.example";
    const string Admin = "admin@biobridge.example"; // the demo's administrator: the audit log is theirs
    static readonly (int Width, int Height)[] Screens = [(1280, 800), (390, 844)];

    async Task<Dictionary<string, string[]>> PagesByPersonAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var delegateId = await db.Delegates.Where(d => d.Email == Delegate).Select(d => d.Id).FirstAsync();
        var kim = SeedReviewsDemo.DemoReviewers[0].Email;
        var reviewId = await db.Reviews.Where(r => db.Users.Any(u => u.Id == r.ReviewerId && u.Email == kim)).Select(r => r.Id).FirstAsync();
        const string slw = SeedPartneringDemo.EventSlug;
        return new()
        {
            [Operator] =
            [
                "/", "/organizations", "/organizations/cq-xiaowan", "/organizations?q=organoid", "/clusters", "/clusters/liangjiang", "/taxonomy",
                "/events", $"/events/{slw}", $"/events/{slw}/organizer", $"/events/{slw}/setup", "/agreements", "/cooperation",
                "/calls", $"/calls/{SeedReviewsDemo.JointRdCall}", $"/calls/{SeedReviewsDemo.JointRdCall}/organizer",
                $"/calls/{SeedReviewsDemo.AwardCall}/organizer", "/operators/import", "/operators/vetting", "/operators/translation", "/account",
            ],
            [Delegate] =
            [
                "/partnering", $"/events/{slw}/partnering", $"/events/{slw}/agenda/{delegateId}", "/messages", "/opportunities",
                "/my/profile", "/organizations/does-not-exist", "/events/no-such-event",
            ],
            [kim] = ["/reviews", $"/reviews/{reviewId}"],
            [Admin] = ["/admin/audit"],
        };
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("zh-Hans")]
    [InlineData("en")]
    public async Task Main_pages_fit_phone_and_desktop_and_speak_one_language(string language)
    {
        var problems = new List<string>();
        foreach (var (person, paths) in await PagesByPersonAsync())
        {
            var page = await app.SignedInPageAsync(person, language);
            foreach (var (width, height) in Screens)
            {
                await page.SetViewportSizeAsync(width, height);
                foreach (var path in paths)
                {
                    await page.GotoAsync(app.BaseUrl + path);
                    var found = await page.EvaluateAsync<string[]>(LayoutChecks.Script, new object[] { language != "en", LayoutChecks.LatinAllowed });
                    problems.AddRange(found.Select(p => $"{path} at {width} px: {p}"));
                    await ShotAsync(page, path, language, width);
                }
            }
            await page.Context.CloseAsync();
        }
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    static async Task ShotAsync(IPage page, string path, string language, int width)
    {
        var name = new string(path.Trim('/').Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
        await page.ScreenshotAsync(new()
        {
            Path = Path.Combine(RunningApp.ArtifactsFolder, "layout", $"{(name.Length == 0 ? "home" : name)}-{language}-{width}.png"),
            FullPage = true,
        });
    }
}
