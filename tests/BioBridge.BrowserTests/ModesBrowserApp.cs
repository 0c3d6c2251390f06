using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Events;
using BioBridge.Features.Partnering;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.BrowserTests;

/// <summary>
/// The demo app with a self-scheduling event (a pending request waiting for its receiver) and a hosted-buyer event
/// (three delegates, no marks yet), plus two member accounts of the organizations involved.
/// </summary>
public sealed class ModesBrowserApp : RunningApp
{
    public const string SelfSlug = "self-scheduled-2026";
    public const string HostedSlug = "hosted-buyers-2026";
    public const string SeoulMember = "member@solbit-gene.example";
    public const string ChongqingMember = "member@zaining-vector.example";

    protected override async Task ArrangeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var day = new DateOnly(2026, 12, 2);
        var organizations = await db.Organizations.Where(o => new[] { "sbh-solbit-gene", "cq-zaining-vector", "cq-lipocore" }.Contains(o.ExternalId))
            .ToDictionaryAsync(o => o.ExternalId, o => o.Id);
        foreach (var (slug, mode) in new[] { (SelfSlug, SchedulingMode.SelfScheduling), (HostedSlug, SchedulingMode.HostedBuyer) })
        {
            var ev = new Event { Slug = slug, NameEn = $"Modes {slug}", NameKo = $"모드 {slug}", NameZh = $"模式 {slug}", TimeZone = "Asia/Seoul", StartsOn = day, EndsOn = day, SchedulingMode = mode };
            db.Events.Add(ev);
            await db.SaveChangesAsync();
            for (var k = 0; k < 4; k++)
                db.EventSlots.Add(new EventSlot { EventId = ev.Id, Day = day, Start = new TimeOnly(10, 0).AddMinutes(30 * k), Minutes = 30, Ordinal = k });
            db.EventLocations.Add(new EventLocation { EventId = ev.Id, Code = "B1", Kind = LocationKind.Table });
            db.EventLocations.Add(new EventLocation { EventId = ev.Id, Code = "B2", Kind = LocationKind.Table });
            EventDelegate Delegate(string organization, string name) => new()
            {
                EventId = ev.Id, OrganizationId = organizations[organization], DisplayName = name, Email = $"{organization}@{slug}.example",
                Languages = ["en"], MaxMeetings = 4, CalendarToken = RegisterDelegate.NewCalendarToken(),
            };
            var seoul = Delegate("sbh-solbit-gene", "Solbit Kim");
            var zaining = Delegate("cq-zaining-vector", "Zaining Li");
            var lipocore = Delegate("cq-lipocore", "Lipocore Wang");
            db.Delegates.AddRange(seoul, zaining, lipocore);
            await db.SaveChangesAsync();
            if (mode == SchedulingMode.SelfScheduling)
            {
                var (_, request) = MeetingRequest.Open(zaining, seoul, "Vector manufacturing for your gene therapy?", 3, MeetingMode.Onsite, 0, 10, DateTime.UtcNow);
                db.MeetingRequests.Add(request!);
            }
            else
                db.MeetingPreferences.Add(new MeetingPreference { EventId = ev.Id, FromDelegateId = zaining.Id, ToDelegateId = seoul.Id, Level = PreferenceLevel.Meet, UpdatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await AddMemberAsync(scope.ServiceProvider, SeoulMember, "sbh-solbit-gene");
        await AddMemberAsync(scope.ServiceProvider, ChongqingMember, "cq-zaining-vector");
    }
}
