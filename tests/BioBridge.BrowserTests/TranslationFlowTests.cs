using BioBridge.Features.Reviews;
using Microsoft.Playwright;

namespace BioBridge.BrowserTests;

/// <summary>
/// A Chinese-only profile, published, read in Korean and in English: the background queue has translated the
/// description, the offers and the needs through LibreTranslate, each shown with the machine-translation badge; a
/// call without Chinese texts reads in Chinese the same way.
/// </summary>
public sealed class TranslationFlowTests(TranslationBrowserApp app) : IClassFixture<TranslationBrowserApp>
{
    const string Profile = "/organizations/" + TranslationBrowserApp.Company;

    static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.ArtifactsFolder, $"translation-{name}.png"), FullPage = true });

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public async Task A_chinese_only_profile_reads_in_the_visitors_language_with_the_machine_badge(string language)
    {
        await app.QueueDrainedAsync();
        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync($"{app.BaseUrl}/culture/{language}?returnUrl={Profile}");

        foreach (var section in new[] { "description", "offers", "needs" })
        {
            var shown = visitor.Locator($"[data-testid='{section}']");
            (await shown.InnerTextAsync()).ShouldContain($"[{language}] ");
            (await shown.Locator("[data-testid='translation-badge'].translation-machine").CountAsync()).ShouldBe(1, section);
        }
        (await visitor.Locator("[data-testid='offers'] li").CountAsync()).ShouldBe(TranslationBrowserApp.Offers.Length);
        // The stub's "translation" is the text marked with the language: the reader sees the draft, not the original.
        (await visitor.Locator("[data-testid='description']").InnerTextAsync()).ShouldStartWith($"[{language}] ");
        await ShotAsync(visitor, language);
    }

    [Fact]
    public async Task A_chinese_reader_sees_the_original_without_a_badge()
    {
        await app.QueueDrainedAsync();
        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync($"{app.BaseUrl}/culture/zh?returnUrl={Profile}");
        (await visitor.Locator("[data-testid='description']").InnerTextAsync()).ShouldContain(TranslationBrowserApp.Description);
        (await visitor.Locator("[data-testid='offers']").InnerTextAsync()).ShouldContain(TranslationBrowserApp.Offers[0]);
        (await visitor.Locator("[data-testid='offers'] [data-testid='translation-badge']").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_call_without_chinese_reads_in_chinese_as_the_machine_translation_with_its_badge()
    {
        await app.QueueDrainedAsync();
        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync($"{app.BaseUrl}/culture/zh?returnUrl=/calls/{SeedReviewsDemo.AwardCall}");
        foreach (var part in new[] { "call-title", "call-text" })
        {
            var shown = visitor.Locator($"[data-testid='{part}']");
            (await shown.InnerTextAsync()).ShouldStartWith("[zh] ");
            (await shown.Locator("[data-testid='translation-badge'].translation-machine").CountAsync()).ShouldBe(1, part);
        }
        await ShotAsync(visitor, "call-zh");
    }

    [Fact]
    public async Task The_operator_page_shows_the_drained_queue_and_a_closed_breaker()
    {
        await app.QueueDrainedAsync();
        var operatorPage = await app.SignedInPageAsync("operator@liangjiang.example", "zh");
        await operatorPage.GotoAsync(app.BaseUrl + "/operators/translation");
        (await operatorPage.Locator("h1").InnerTextAsync()).ShouldBe("翻译队列");
        (await operatorPage.Locator("[data-testid='service']").InnerTextAsync()).ShouldBe("libretranslate");
        (await operatorPage.Locator("[data-testid='breaker']").GetAttributeAsync("data-state")).ShouldBe("Closed");
        (await operatorPage.Locator("[data-testid='no-problems']").CountAsync()).ShouldBe(1);
        (await operatorPage.Locator("[role='alert']").CountAsync()).ShouldBe(0);
        await ShotAsync(operatorPage, "operator-zh");
    }
}
