using Microsoft.Playwright;

namespace BioBridge.BrowserTests;

/// <summary>Messages between two delegates in Chromium (unread badge up, then cleared), and a reminder e-mail at the SMTP sink.</summary>
public sealed class MessagingFlowTests(MessagingBrowserApp app) : IClassFixture<MessagingBrowserApp>
{
    static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.ArtifactsFolder, $"messaging-{name}.png"), FullPage = true });

    [Fact]
    public async Task The_receiver_sees_an_unread_badge_after_a_message_in_the_request_thread_and_reading_clears_it()
    {
        var seoul = await app.SignedInPageAsync(MessagingBrowserApp.SeoulMember, "ko");
        var chongqing = await app.SignedInPageAsync(MessagingBrowserApp.ChongqingMember, "zh-Hans");
        await chongqing.GotoAsync(app.BaseUrl + "/");
        (await chongqing.Locator("[data-testid='unread-badge']").CountAsync()).ShouldBe(0);

        await seoul.GotoAsync($"{app.BaseUrl}/events/{MessagingBrowserApp.EventSlug}/partnering");
        await seoul.Locator("[data-testid='outgoing-request'] [data-testid='request-messages']").ClickAsync();
        await seoul.Locator("form[data-testid='reply-form']").WaitForAsync();
        await seoul.Locator("form[data-testid='reply-form'] textarea[name='body']").FillAsync("<b>샘플</b> 자료를 미리 보내드립니다.\n내일 뵙겠습니다.");
        await seoul.Locator("form[data-testid='reply-form'] button[type='submit']").ClickAsync();
        await seoul.Locator("[data-testid='message']").WaitForAsync();
        await ShotAsync(seoul, "thread-ko");

        await chongqing.GotoAsync(app.BaseUrl + "/");
        (await chongqing.Locator("[data-testid='unread-badge']").InnerTextAsync()).Trim().ShouldBe("1");
        await chongqing.Locator("[data-testid='inbox-link']").ClickAsync();
        var thread = chongqing.Locator("[data-testid='thread']", new() { HasTextString = "김하늘 Kim Ha-neul" });
        (await thread.Locator("[data-testid='thread-unread']").InnerTextAsync()).ShouldContain("1 条未读");
        await ShotAsync(chongqing, "inbox-zh");
        await thread.Locator("a.result-name").ClickAsync();

        var body = chongqing.Locator("[data-testid='message-body']");
        (await body.InnerTextAsync()).ShouldContain("<b>샘플</b> 자료를 미리 보내드립니다.", Case.Sensitive, "plain text is shown as typed, never as markup");
        (await chongqing.Locator("[data-testid='message-body'] b").CountAsync()).ShouldBe(0);
        (await chongqing.Locator("[data-testid='unread-badge']").CountAsync()).ShouldBe(0, "opening the thread read it");
        await ShotAsync(chongqing, "read-zh");

        await chongqing.Locator("form[data-testid='reply-form'] textarea[name='body']").FillAsync("谢谢，明天见。");
        await chongqing.Locator("form[data-testid='reply-form'] button[type='submit']").ClickAsync();
        await seoul.GotoAsync(app.BaseUrl + "/messages");
        (await seoul.Locator("[data-testid='unread-badge']").InnerTextAsync()).Trim().ShouldBe("1");
    }

    [Fact]
    public async Task A_reminder_of_the_meeting_in_twenty_minutes_arrives_at_the_smtp_sink_in_the_delegates_language()
    {
        MimeKit.MimeMessage? mail = null;
        for (var attempt = 0; attempt < 600 && mail is null; attempt++)
        {
            mail = app.Sink.Messages.FirstOrDefault(m => m.To.Mailboxes.Any(b => b.Address == MessagingBrowserApp.ChongqingMember) &&
                m.Subject!.Contains("即将开始"));
            if (mail is null)
                await Task.Delay(100);
        }
        mail.ShouldNotBeNull("no reminder reached the SMTP sink");
        mail!.Subject!.ShouldContain("今日洽谈");
        mail.Subject!.ShouldContain("김하늘 Kim Ha-neul");
        mail.Subject!.ShouldContain("B7");

        // In the app too, on the delegate's notifications.
        var chongqing = await app.SignedInPageAsync(MessagingBrowserApp.ChongqingMember, "zh-Hans");
        await chongqing.GotoAsync($"{app.BaseUrl}/events/{MessagingBrowserApp.EventSlug}/partnering");
        (await chongqing.Locator("body").InnerTextAsync()).ShouldContain("即将开始");
    }
}
