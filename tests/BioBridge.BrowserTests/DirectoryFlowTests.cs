namespace BioBridge.BrowserTests;

/// <summary>Whole flows through the directory in a real Chromium.</summary>
public sealed class DirectoryFlowTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task Visitor_switches_to_chinese_searches_and_opens_a_profile()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/organizations");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Directory");

        await page.Locator("nav.languages a[data-language='zh']").ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("机构名录");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("zh-Hans");

        await page.Locator("form[data-testid='directory-filters'] input[name='q']").FillAsync("微胶囊");
        await page.Locator("form[data-testid='directory-filters'] button[type='submit']").ClickAsync();
        await page.WaitForURLAsync("**/organizations?q=*");
        (await page.Locator("ol[data-testid='results'] li").CountAsync()).ShouldBeGreaterThan(0);

        await page.Locator("a[href='/organizations/cq-xiaowan']").First.ClickAsync();
        await page.WaitForURLAsync("**/organizations/cq-xiaowan");
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("重庆小丸生物科技股份有限公司");
        (await page.Locator("[data-testid='suggested-partners']").InnerTextAsync()).ShouldContain("推荐合作伙伴");

        var screenshot = Path.Combine(RunningApp.ArtifactsFolder, "directory-profile-zh.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        new FileInfo(screenshot).Length.ShouldBeGreaterThan(10_000);
    }
}
