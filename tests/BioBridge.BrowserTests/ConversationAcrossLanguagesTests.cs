using Microsoft.Playwright;

namespace BioBridge.BrowserTests;

/// <summary>A Korean delegate writes; the Chinese delegate reads the message in Chinese, the original a click away (no script needed).</summary>
public sealed class ConversationAcrossLanguagesTests(TranslatingMessagingBrowserApp app) : IClassFixture<TranslatingMessagingBrowserApp>
{
    static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.ArtifactsFolder, $"reading-{name}.png"), FullPage = true });

    [Fact]
    public async Task A_chinese_delegate_reads_a_korean_message_in_chinese_with_the_original_one_click_away()
    {
        var seoul = await app.SignedInPageAsync(MessagingBrowserApp.SeoulMember, "ko");
        await seoul.GotoAsync($"{app.BaseUrl}/messages/request/{app.RequestId}");
        await seoul.Locator("form[data-testid='reply-form'] textarea[name='body']").FillAsync(TranslatingMessagingBrowserApp.Korean);
        await seoul.Locator("form[data-testid='reply-form'] button[type='submit']").ClickAsync();
        await seoul.Locator("[data-testid='message']").WaitForAsync();
        (await seoul.Locator("[data-testid='message-body']").InnerTextAsync()).ShouldContain(TranslatingMessagingBrowserApp.Korean,
            Case.Sensitive, "the writer reads their own message as written");

        var chongqing = await app.SignedInPageAsync(MessagingBrowserApp.ChongqingMember, "zh-Hans");
        await chongqing.GotoAsync($"{app.BaseUrl}/messages/request/{app.RequestId}");
        var message = chongqing.Locator("[data-testid='message-body']").First;
        (await message.Locator("[data-testid='translated-text']").InnerTextAsync()).ShouldBe(TranslatingMessagingBrowserApp.Chinese);
        var original = message.Locator("[data-testid='original'] [data-testid='original-text']");
        (await original.IsVisibleAsync()).ShouldBeFalse("the original waits behind one click");
        (await message.Locator("[data-testid='original'] summary").InnerTextAsync()).ShouldContain("查看原文（韩语）");

        await message.Locator("[data-testid='original'] summary").ClickAsync();
        (await original.IsVisibleAsync()).ShouldBeTrue();
        (await original.InnerTextAsync()).ShouldBe(TranslatingMessagingBrowserApp.Korean);
        (await original.GetAttributeAsync("lang")).ShouldBe("ko");
        await ShotAsync(chongqing, "message-zh");

        await chongqing.ReloadAsync();
        (await chongqing.Locator("[data-testid='translated-text']").First.InnerTextAsync()).ShouldBe(TranslatingMessagingBrowserApp.Chinese);
        app.Requests.ShouldBe(1, "the second read comes from the translation memory");
    }
}
