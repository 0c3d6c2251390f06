using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Events;
using BioBridge.Features.Partnering;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.BrowserTests;

/// <summary>
/// The demo app with one more event, a Chongqing delegation visiting Seoul, set up for partnering but not scheduled
/// yet, and two member accounts of organizations of the two clusters that have no delegate so far.
/// </summary>
public sealed class PartneringBrowserApp : RunningApp
{
    public const string EventSlug = "cq-delegation-2026";
    public const string SeoulMember = "member@qubitmol.example";
    public const string ChongqingMember = "member@jinyun-tcm.example";

    protected override async Task ArrangeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var day = new DateOnly(2026, 11, 18);
        var ev = new Event
        {
            Slug = EventSlug,
            NameEn = "Chongqing delegation to Seoul Bio Hub",
            NameKo = "충칭 대표단 서울바이오허브 방문",
            NameZh = "重庆代表团访问首尔生物枢纽",
            Venue = "Seoul Bio Hub",
            City = "Seoul",
            TimeZone = "Asia/Seoul",
            StartsOn = day,
            EndsOn = day,
        };
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        for (var k = 0; k < 6; k++)
            db.EventSlots.Add(new EventSlot { EventId = ev.Id, Day = day, Start = new TimeOnly(14, 0).AddMinutes(30 * k), Minutes = 30, Ordinal = k });
        db.EventLocations.Add(new EventLocation { EventId = ev.Id, Code = "A1", Kind = LocationKind.Table });
        db.EventLocations.Add(new EventLocation { EventId = ev.Id, Code = "A2", Kind = LocationKind.Table });
        db.Interpreters.Add(new Interpreter { EventId = ev.Id, Name = "박소영 Park So-young", Languages = ["ko", "zh"], MaxMeetings = 6 });
        await db.SaveChangesAsync();

        await AddMemberAsync(scope.ServiceProvider, SeoulMember, "sbh-qubitmol-ai");
        await AddMemberAsync(scope.ServiceProvider, ChongqingMember, "cq-jinyun-tcm");
    }
}
