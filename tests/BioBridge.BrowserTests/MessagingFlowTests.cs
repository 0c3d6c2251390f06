using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Events;
using BioBridge.Features.Partnering;
using BioBridge.Tests;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BioBridge.BrowserTests;

/// <summary>
/// The demo app mailing to a local SMTP sink, with an event of today in Seoul where a Korean and a Chinese delegate
/// have an accepted request and a published meeting that starts in twenty minutes: inside the default reminder lead time.
/// </summary>
public sealed class MessagingBrowserApp : RunningApp
{
    public const string EventSlug = "messaging-today";
    public const string SeoulMember = "member@organofit.example";
    public const string ChongqingMember = "member@conjukang.example";

    public SmtpSink Sink { get; } = new();
    public int RequestId { get; private set; }

    protected override IEnumerable<string> Settings =>
        [.. Sink.AppSettings.Select(s => $"--{s.Key}={s.Value}"), "--BioBridge:Reminders:PollSeconds=1"];

    protected override async Task ArrangeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        var starts = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddMinutes(20), zone);
        var day = DateOnly.FromDateTime(starts.DateTime);
        var ev = new Event { Slug = EventSlug, NameEn = "Partnering today", NameKo = "오늘의 파트너링", NameZh = "今日洽谈", TimeZone = "Asia/Seoul", StartsOn = day, EndsOn = day };
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        var slot = new EventSlot { EventId = ev.Id, Day = day, Start = new TimeOnly(starts.Hour, starts.Minute), Minutes = 30, Ordinal = 0 };
        var table = new EventLocation { EventId = ev.Id, Code = "B7", Kind = LocationKind.Table };
        db.EventSlots.Add(slot);
        db.EventLocations.Add(table);

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var delegates = new List<EventDelegate>();
        foreach (var (email, organization, name, language) in new[]
                 { (SeoulMember, "sbh-organofit", "김하늘 Kim Ha-neul", "ko"), (ChongqingMember, "cq-conjukang", "刘洋 Liu Yang", "zh") })
        {
            var organizationId = await db.Organizations.Where(o => o.ExternalId == organization).Select(o => o.Id).SingleAsync();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, OrganizationId = organizationId, DisplayName = name };
            (await users.CreateAsync(user, DemoPassword)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, Roles.Member);
            var d = new EventDelegate
            {
                EventId = ev.Id, OrganizationId = organizationId, UserId = user.Id, DisplayName = name, Email = email, Languages = [language],
                RegisteredAt = DateTime.UtcNow, CalendarToken = Guid.NewGuid().ToString("N"),
            };
            db.Delegates.Add(d);
            delegates.Add(d);
        }
        await db.SaveChangesAsync();
        var (opened, request) = MeetingRequest.Open(delegates[0], delegates[1], "만나서 반갑습니다", 2, MeetingMode.Onsite, 0, 30, DateTime.UtcNow);
        opened.Succeeded.ShouldBeTrue(opened.Message);
        db.MeetingRequests.Add(request!);
        await db.SaveChangesAsync();
        request!.Accept(DateTime.UtcNow).Succeeded.ShouldBeTrue();
        var meeting = Meeting.Place(ev.Id, request.Id, delegates.Select(d => d.Id), MeetingMode.Onsite, slot.Id, table.Id, null, null);
        meeting.IsPublished = true;
        meeting.PublishedAt = DateTime.UtcNow;
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        RequestId = request.Id;
    }
}

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
