using BioBridge.Features.Messaging;
using System.Net;
using System.Net.Http.Json;
using BioBridge.Data;
using BioBridge.Features.Events;
using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace BioBridge.Tests;

/// <summary>
/// Every kind of reminder, and the message digest, go out once at their time, by a test clock, even when the reminder
/// job runs twice at the same moment (as on two nodes).
/// </summary>
public abstract class ReminderTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MailAndClockApp
{
    sealed record Setup(Event Event, HttpClient Seoul, HttpClient Chongqing, string SeoulEmail, string ChongqingEmail, int SeoulDelegate,
        int ChongqingDelegate, int RequestId);

    /// <summary>A fresh event, starting <paramref name="daysAhead"/> days from the test clock, with a Korean and a Chinese delegate and a request between them.</summary>
    async Task<Setup> SetUpAsync(string name, double daysAhead, object? reminders = null)
    {
        var ev = await MessagingFixtures.EventAsync(app.Services, $"{name}-{app.Provider}".ToLowerInvariant(), app.Clock.GetUtcNow().UtcDateTime.AddDays(daysAhead));
        if (reminders is not null)
            (await (await app.OperatorAsync()).PutAsJsonAsync($"/api/v1/events/{ev.Slug}/reminders", reminders)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var seoulEmail = $"{name}-seoul@reminders.example";
        var chongqingEmail = $"{name}-cq@reminders.example";
        var seoul = await app.MemberAsync(seoulEmail, "sbh-organofit");
        var chongqing = await app.MemberAsync(chongqingEmail, "cq-conjukang");
        var from = await RegisterAsync(seoul, ev.Slug, $"{name} 김서울", "ko");
        var to = await RegisterAsync(chongqing, ev.Slug, $"{name} 王重庆", "zh");
        var request = await BioBridgeApp.JsonAsync(await seoul.PostAsJsonAsync($"/api/v1/events/{ev.Slug}/requests",
            new { fromDelegateId = from, toDelegateId = to, priority = 2 }), HttpStatusCode.Created);
        return new Setup(ev, seoul, chongqing, seoulEmail, chongqingEmail, from, to, request.GetProperty("id").GetInt32());
    }

    static async Task<int> RegisterAsync(HttpClient member, string slug, string name, string language) =>
        (await BioBridgeApp.JsonAsync(await member.PostAsJsonAsync($"/api/v1/events/{slug}/delegates",
            new { displayName = name, languages = new[] { language } }), HttpStatusCode.Created)).GetProperty("id").GetInt32();

    /// <summary>The pair's meeting in the first slot (10:00 Seoul time), published, as a scheduling run would leave it.</summary>
    async Task<(int MeetingId, DateTimeOffset StartsAt)> PublishMeetingAsync(Setup s)
    {
        (await s.Chongqing.PostAsync($"/api/v1/events/{s.Event.Slug}/requests/{s.RequestId}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var slot = await db.EventSlots.Where(x => x.EventId == s.Event.Id).OrderBy(x => x.Ordinal).FirstAsync();
        var table = await db.EventLocations.Where(l => l.EventId == s.Event.Id).OrderBy(l => l.Id).FirstAsync();
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.RequestId == s.RequestId);
        if (meeting is null)
        {
            meeting = Meeting.Place(s.Event.Id, s.RequestId, [s.SeoulDelegate, s.ChongqingDelegate], MeetingMode.Onsite, slot.Id, table.Id, null, null);
            db.Meetings.Add(meeting);
        }
        meeting.IsPublished = true;
        await db.SaveChangesAsync();
        var placed = await db.EventSlots.SingleAsync(x => x.Id == meeting.SlotId);
        return (meeting.Id, placed.StartsAt(TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul")));
    }

    async Task<int> RemindersAsync(Setup s, NotificationKind kind)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        return await db.Notifications.CountAsync(n => n.EventId == s.Event.Id && n.Kind == kind);
    }

    Task<(int Reminders, int Digests)> RunAsync() => app.Services.GetRequiredService<ReminderWorker>().RunOnceAsync(default);

    [Fact]
    public async Task A_meeting_reminder_goes_out_once_at_the_lead_time_even_from_two_nodes_at_once()
    {
        var s = await SetUpAsync("soon", 2, new { meetingLeadMinutes = 45, availabilityDaysBefore = 0 });
        var (_, startsAt) = await PublishMeetingAsync(s);

        app.Clock.Set(startsAt.AddMinutes(-46));
        await RunAsync();
        (await RemindersAsync(s, NotificationKind.MeetingSoon)).ShouldBe(0, "46 minutes before, a 45-minute reminder is not due");

        app.Clock.Set(startsAt.AddMinutes(-44));
        await Task.WhenAll(RunAsync(), RunAsync(), RunAsync());
        await RunAsync();
        (await RemindersAsync(s, NotificationKind.MeetingSoon)).ShouldBe(2, "one per delegate, however often the job ran");

        var mails = await app.MailsAsync(m => m.To.Mailboxes.Any(b => b.Address == s.SeoulEmail) && m.Subject!.Contains("곧 시작"));
        mails.Count.ShouldBe(1);
        mails[0].Subject!.ShouldContain("soon 王重庆");
        mails[0].Subject!.ShouldContain("10:00 · T1");
        (await app.MailsAsync(m => m.To.Mailboxes.Any(b => b.Address == s.ChongqingEmail) && m.Subject!.Contains("即将开始"))).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_request_waiting_for_an_answer_is_reminded_once_after_the_configured_hours()
    {
        var requestedAt = app.Clock.GetUtcNow();
        var s = await SetUpAsync("waiting", 10, new { pendingRequestHours = 6, availabilityDaysBefore = 0 });
        app.Clock.Set(requestedAt.AddHours(5));
        await RunAsync();
        (await RemindersAsync(s, NotificationKind.RequestAwaitingAnswer)).ShouldBe(0);

        app.Clock.Set(requestedAt.AddHours(6).AddMinutes(1));
        await Task.WhenAll(RunAsync(), RunAsync());
        app.Clock.Set(requestedAt.AddHours(9));
        await RunAsync();
        (await RemindersAsync(s, NotificationKind.RequestAwaitingAnswer)).ShouldBe(1);
        var notifications = await BioBridgeApp.OkJsonAsync(await s.Chongqing.GetAsync($"/api/v1/events/{s.Event.Slug}/delegates/{s.ChongqingDelegate}/notifications"));
        notifications.EnumerateArray().ShouldContain(n => n.GetProperty("kind").GetString() == "RequestAwaitingAnswer" &&
            n.GetProperty("about").GetString() == "waiting 김서울");
    }

    [Fact]
    public async Task Every_delegate_is_asked_once_to_confirm_availability_the_configured_days_before_the_event()
    {
        var s = await SetUpAsync("availability", 5.5, new { availabilityDaysBefore = 3, pendingRequestHours = 0 });
        await RunAsync();
        (await RemindersAsync(s, NotificationKind.ConfirmAvailability)).ShouldBe(0, "five days before, a three-day reminder is not due");

        app.Clock.Set(app.Clock.GetUtcNow().AddDays(3));
        await Task.WhenAll(RunAsync(), RunAsync());
        await RunAsync();
        (await RemindersAsync(s, NotificationKind.ConfirmAvailability)).ShouldBe(2);
        (await app.MailsAsync(m => m.To.Mailboxes.Any(b => b.Address == s.ChongqingEmail) && m.Subject!.Contains("请确认您的可用时间"))).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_no_show_is_followed_up_once_with_both_delegates()
    {
        var s = await SetUpAsync("noshow", 1, new { availabilityDaysBefore = 0, meetingLeadMinutes = 0 });
        var (meetingId, startsAt) = await PublishMeetingAsync(s);
        app.Clock.Set(startsAt.AddMinutes(40));
        await RunAsync();
        (await RemindersAsync(s, NotificationKind.NoShowFollowUp)).ShouldBe(0);

        (await s.Seoul.PostAsJsonAsync($"/api/v1/events/{s.Event.Slug}/meetings/{meetingId}/status", new { status = "no-show" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await Task.WhenAll(RunAsync(), RunAsync());
        await RunAsync();
        (await RemindersAsync(s, NotificationKind.NoShowFollowUp)).ShouldBe(2);
        (await app.MailsAsync(m => m.To.Mailboxes.Any(b => b.Address == s.SeoulEmail) && m.Subject!.Contains("불참"))).Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_digest_mails_unread_messages_once_per_interval_in_the_readers_language()
    {
        var s = await SetUpAsync("digest", 30, new { availabilityDaysBefore = 0, pendingRequestHours = 0 });
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            await db.Users.Where(u => u.Email == s.ChongqingEmail).ExecuteUpdateAsync(x => x.SetProperty(u => u.PreferredLanguage, "zh-Hans"));
        }
        var thread = (await BioBridgeApp.OkJsonAsync(await s.Seoul.PostAsJsonAsync("/api/v1/threads", new { meetingRequestId = s.RequestId })))
            .GetProperty("thread").GetProperty("id").GetInt32();
        var start = app.Clock.GetUtcNow();
        await WriteAsync(s.Seoul, thread, "첫 번째 메시지: 샘플을 보내드릴까요?");
        bool ToReader(MimeMessage m) => m.To.Mailboxes.Any(b => b.Address == s.ChongqingEmail) && m.Subject!.StartsWith("BioBridge");

        await RunAsync();
        app.Sink.Messages.Count(ToReader).ShouldBe(0, "a message read within the delay is never mailed");

        app.Clock.Set(start.AddMinutes(11));
        await Task.WhenAll(RunAsync(), RunAsync());
        var first = app.Sink.Messages.Where(ToReader).ToList();
        first.Count.ShouldBe(1);
        first[0].Subject!.ShouldBe("BioBridge：1 条未读消息");
        first[0].TextBody!.ShouldContain("첫 번째 메시지");
        first[0].TextBody!.ShouldContain($"https://biobridge.example/messages/{thread}");

        app.Clock.Set(start.AddMinutes(20));
        await WriteAsync(s.Seoul, thread, "두 번째 메시지");
        app.Clock.Set(start.AddMinutes(40));
        await RunAsync();
        app.Sink.Messages.Count(ToReader).ShouldBe(1, "one digest per hour at most");

        app.Clock.Set(start.AddMinutes(72));
        await RunAsync();
        var second = app.Sink.Messages.Where(ToReader).Skip(1).ToList();
        second.Count.ShouldBe(1);
        second[0].TextBody!.ShouldContain("두 번째 메시지");
        second[0].TextBody!.ShouldNotContain("첫 번째 메시지", Case.Sensitive, "each message is digested once");

        app.Clock.Set(start.AddMinutes(80));
        await WriteAsync(s.Seoul, thread, "세 번째 메시지");
        (await s.Chongqing.PostAsync($"/api/v1/threads/{thread}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        app.Clock.Set(start.AddMinutes(140));
        await RunAsync();
        app.Sink.Messages.Count(ToReader).ShouldBe(2, "what was read is not mailed");
    }

    static async Task WriteAsync(HttpClient client, int thread, string body) =>
        (await client.PostAsync($"/api/v1/threads/{thread}/messages", new MultipartFormDataContent { { new StringContent(body), "body" } }))
        .StatusCode.ShouldBe(HttpStatusCode.Created);
}
