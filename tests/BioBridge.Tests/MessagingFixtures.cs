using BioBridge.Data;
using BioBridge.Features.Events;
using BioBridge.Features.Partnering;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

/// <summary>Events of their own for messaging and reminder tests, so that counts are not shared with other tests.</summary>
public static class MessagingFixtures
{
    /// <summary>A one-day event in Seoul on the day of <paramref name="startsUtc"/>, with two 30-minute slots from 10:00 and two tables.</summary>
    public static async Task<Event> EventAsync(IServiceProvider services, string slug, DateTime startsUtc)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var day = DateOnly.FromDateTime(startsUtc.AddHours(9));
        var ev = new Event { Slug = slug, NameEn = $"Event {slug}", NameKo = $"행사 {slug}", NameZh = $"活动 {slug}", TimeZone = "Asia/Seoul", StartsOn = day, EndsOn = day };
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        db.EventSlots.Add(new EventSlot { EventId = ev.Id, Day = day, Start = new TimeOnly(10, 0), Minutes = 30, Ordinal = 0 });
        db.EventSlots.Add(new EventSlot { EventId = ev.Id, Day = day, Start = new TimeOnly(10, 30), Minutes = 30, Ordinal = 1 });
        db.EventLocations.Add(new EventLocation { EventId = ev.Id, Code = "T1", Kind = LocationKind.Table });
        db.EventLocations.Add(new EventLocation { EventId = ev.Id, Code = "T2", Kind = LocationKind.Table });
        await db.SaveChangesAsync();
        return ev;
    }
}
