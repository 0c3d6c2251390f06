using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Events;
using BioBridge.Features.Partnering;
using BioBridge.Tests;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.BrowserTests;

/// <summary>
/// The demo app mailing to a local SMTP sink, with an event of today in Seoul where a Korean and a Chinese delegate
/// have an accepted request and a published meeting that starts in twenty minutes: inside the default reminder lead time.
/// </summary>
public class MessagingBrowserApp : RunningApp
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

        var delegates = new List<EventDelegate>();
        foreach (var (email, organization, name, language) in new[]
                 { (SeoulMember, "sbh-organofit", "김하늘 Kim Ha-neul", "ko"), (ChongqingMember, "cq-conjukang", "刘洋 Liu Yang", "zh") })
        {
            var user = await AddMemberAsync(scope.ServiceProvider, email, organization, name);
            var d = new EventDelegate
            {
                EventId = ev.Id, OrganizationId = user.OrganizationId!.Value, UserId = user.Id, DisplayName = name, Email = email, Languages = [language],
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
