using Microsoft.Playwright;

namespace BioBridge.BrowserTests;

/// <summary>
/// A profile edit in Chromium: the member (English) changes the description, the public still reads the old text,
/// the Liangjiang operator approves it from the vetting queue in Chinese, and the new text appears.
/// </summary>
public sealed class PublishingFlowTests(PublishingBrowserApp app) : IClassFixture<PublishingBrowserApp>
{
    const string Profile = "/organizations/cq-yulan-biologics";
    const string NewText = "Yulan Biologics now offers bispecific antibody process development and GMP pilot batches for Korean partners.";

    static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.ArtifactsFolder, $"publishing-{name}.png"), FullPage = true });

    [Fact]
    public async Task A_profile_edit_waits_in_the_vetting_queue_until_the_operator_approves_it()
    {
        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync(app.BaseUrl + Profile);
        var before = await visitor.Locator("[data-testid='description']").InnerTextAsync();
        before.ShouldNotContain(NewText);

        var member = await app.SignedInPageAsync(PublishingBrowserApp.Member, "en");
        await member.GotoAsync(app.BaseUrl + Profile);
        await member.Locator("[data-testid='edit-profile']").ClickAsync();
        await member.WaitForURLAsync("**/my/profile");
        await member.Locator("textarea[name='description-en']").FillAsync(NewText);
        await member.Locator("[data-testid='submit-profile']").ClickAsync();
        (await member.Locator("[data-testid='pending']").InnerTextAsync()).ShouldContain("Waiting for approval");
        await ShotAsync(member, "member-pending");

        await visitor.ReloadAsync();
        (await visitor.Locator("[data-testid='description']").InnerTextAsync()).ShouldBe(before);

        var operatorPage = await app.SignedInPageAsync("operator@liangjiang.example", "zh");
        await operatorPage.GotoAsync(app.BaseUrl + "/operators/vetting");
        (await operatorPage.Locator("h1").InnerTextAsync()).ShouldBe("发布审核队列");
        var proposal = operatorPage.Locator("li[data-organization='cq-yulan-biologics']");
        (await proposal.InnerTextAsync()).ShouldContain(NewText);
        foreach (var box in await proposal.Locator("input[name='checklist']").AllAsync())
            await box.CheckAsync();
        await ShotAsync(operatorPage, "queue-zh");
        await proposal.Locator("[data-testid='approve']").ClickAsync();
        (await operatorPage.Locator("[data-testid='message']").InnerTextAsync()).ShouldBe("已批准并发布。");
        (await operatorPage.Locator("li[data-organization='cq-yulan-biologics']").CountAsync()).ShouldBe(0);

        await visitor.ReloadAsync();
        (await visitor.Locator("[data-testid='description']").InnerTextAsync()).ShouldContain(NewText);
        await ShotAsync(visitor, "published");
    }
}
