using BioBridge.Language;
using BioBridge.Shared.Resources;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Localization;

namespace BioBridge.Features.Partnering;

/// <summary>
/// A delegate's agenda as an iCalendar document (RFC 5545) that Google Calendar and Outlook import or subscribe to.
/// Times are written in UTC, so every calendar shows them in its owner's own zone: online participants in Chongqing
/// see their meetings one hour earlier than the Seoul venue's clock. Besides meetings: the sessions the delegate speaks
/// at and their delegation's itinerary.
/// </summary>
public static class AgendaCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(AgendaView agenda, IStringLocalizer<Text> text, string language, DateTime nowUtc)
    {
        var eventName = new LocalizedText(agenda.EventName.Ko, agenda.EventName.Zh, agenda.EventName.En).GetWithFallback(language).Text ?? agenda.EventSlug;
        var calendar = new Calendar { ProductId = "-//BioBridge//Partnering agenda//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", $"{eventName} · {agenda.Delegate.DisplayName}");
        calendar.AddProperty("X-WR-TIMEZONE", agenda.TimeZone);
        foreach (var m in agenda.Meetings)
        {
            var place = m.LocationKind == "table"
                ? string.Format(text["Table {0}"], m.Location) + (agenda.Venue is null ? "" : $", {agenda.Venue}")
                : string.Format(text["Online room {0}"], m.Location) + (m.LocationUrl is null ? "" : $" {m.LocationUrl}");
            var description = new List<string>
            {
                $"{text["Partner"]}: {m.Partner.DisplayName}, {m.Partner.OrganizationName}",
                $"{text["Where"]}: {place}",
            };
            if (m.Interpreter is not null)
                description.Add($"{text["Interpreter"]}: {m.Interpreter}");
            description.Add($"{text["Local time"]}: {m.Day:yyyy-MM-dd} {m.Start:HH:mm}–{m.End:HH:mm} ({agenda.TimeZone})");
            var meeting = Entry($"meeting-{m.MeetingId}@{agenda.EventSlug}.biobridge",
                string.Format(text["Meeting: {0} ({1})"], m.Partner.DisplayName, m.Partner.OrganizationName), place, m.StartsAt, m.EndsAt, nowUtc);
            meeting.Description = string.Join("\n", description);
            calendar.Events.Add(meeting);
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(agenda.TimeZone);
        foreach (var session in agenda.Sessions.Where(s => agenda.SpeaksAt.Contains(s.Id)))
        {
            var title = new LocalizedText(session.Title.Ko, session.Title.Zh, session.Title.En).GetWithFallback(language).Text ?? "";
            calendar.Events.Add(Entry($"session-{session.Id}-{agenda.Delegate.Id}@{agenda.EventSlug}.biobridge",
                string.Format(text["You speak: {0}"], title), session.Room, EventSlot.At(zone, session.Day, session.Starts),
                EventSlot.At(zone, session.Day, session.Ends), nowUtc));
        }
        foreach (var stop in agenda.Itinerary)
            calendar.Events.Add(Entry($"itinerary-{stop.Id}-{agenda.Delegate.Id}@{agenda.EventSlug}.biobridge", stop.Title,
                string.Join(", ", new[] { stop.OrganizationName, stop.Place }.OfType<string>()), stop.StartsAt, stop.EndsAt, nowUtc));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    static CalendarEvent Entry(string uid, string summary, string? place, DateTimeOffset starts, DateTimeOffset ends, DateTime nowUtc) => new()
    {
        Uid = uid,
        Summary = summary,
        Location = place,
        DtStart = new CalDateTime(starts.UtcDateTime, "UTC"),
        DtEnd = new CalDateTime(ends.UtcDateTime, "UTC"),
        DtStamp = new CalDateTime(nowUtc, "UTC"),
    };
}
