namespace BioBridge.Features.Partnering;

/// <summary>A one-to-one meeting slot of an event, in the event's own time zone (Event.TimeZone).</summary>
public sealed class EventSlot
{
    public int Id { get; private set; }
    public int EventId { get; set; }
    public DateOnly Day { get; set; }
    public TimeOnly Start { get; set; }
    public int Minutes { get; set; }
    /// <summary>Position in time order within the event; breaks in personal agendas are counted along it.</summary>
    public int Ordinal { get; set; }

    public TimeOnly End => Start.AddMinutes(Minutes);

    /// <summary>The slot's id in a `biobridge-schedule/1` instance: readable and stable, such as 20261010T1400.</summary>
    public string Code => $"{Day:yyyyMMdd}T{Start:HHmm}";

    /// <summary>When the slot starts, as an instant, given the event's IANA time zone.</summary>
    public DateTimeOffset StartsAt(TimeZoneInfo zone) => At(zone, Day, Start);

    public DateTimeOffset EndsAt(TimeZoneInfo zone) => At(zone, Day, End);

    /// <summary>A local time of the event (slot, session, itinerary stop) as an instant, given the event's IANA time zone.</summary>
    public static DateTimeOffset At(TimeZoneInfo zone, DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
