namespace BioBridge.BrowserTests;

/// <summary>With no translation service, a Chinese-only profile read in Korean and in English is never silently foreign.</summary>
public sealed class ProfileAcrossLanguagesTests(ChineseProfileBrowserApp app) : IClassFixture<ChineseProfileBrowserApp>
{
    [Theory]
    [InlineData("ko", "원문: 중국어", "마이크로캡슐")]
    [InlineData("en", "Original: Chinese", "microcapsule")]
    public async Task A_chinese_only_profile_names_its_language_and_shows_its_offers_as_concepts_in_the_readers_language(string culture,
        string originalIn, string concept)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/culture/{culture}?returnUrl=/organizations/{ChineseProfileBrowserApp.ExternalId}");
        await page.WaitForURLAsync($"**/organizations/{ChineseProfileBrowserApp.ExternalId}");

        (await page.Locator("h1").InnerTextAsync()).ShouldContain(ChineseProfileBrowserApp.Name);
        (await page.Locator("h1 [data-testid='original-language']").InnerTextAsync()).ShouldBe(originalIn);
        (await page.Locator("[data-testid='description'] [data-testid='original-language']").InnerTextAsync()).ShouldBe(originalIn);

        var offer = page.Locator("[data-testid='foreign-phrase']", new() { HasTextString = ChineseProfileBrowserApp.Offer });
        (await offer.Locator("[data-testid='original-language']").InnerTextAsync()).ShouldBe(originalIn);
        (await offer.Locator("[data-testid='concept-bridge'] a").AllInnerTextsAsync()).ShouldContain(concept);
        (await offer.Locator("[data-testid='concept-bridge'] a").First.GetAttributeAsync("href")).ShouldBe("/organizations?sector=microcapsule");
        (await page.Locator("[data-testid='foreign-phrase']").CountAsync()).ShouldBe(2, "the offer and the need");

        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.ArtifactsFolder, $"reading-profile-{culture}.png"), FullPage = true });
    }
}
