using BioBridge.Data;
using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Messaging;

/// <summary>
/// Finds the reminders that are due now, over the events still running (or just over, for no-show follow-ups), and
/// writes each once: the sent-reminder key and the in-app notification in one transaction, which the notification
/// mailer then sends by e-mail. Any number of nodes may run this at the same moment; the key lets one of them win.
/// </summary>
public sealed class SendDueReminders(AppDb db, PartneringNotifications notifications, TimeProvider clock)
{
    /// <summary>No-show follow-ups still go out this many days after the event's last day.</summary>
    public const int FollowUpDays = 7;

    public async Task<int> HandleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await DueAsync(now, ct);
        var keys = due.Select(d => d.Key).ToList();
        var sent = (await db.SentReminders.AsNoTracking().Where(r => keys.Contains(r.Key)).Select(r => r.Key).ToListAsync(ct)).ToHashSet();
        var count = 0;
        foreach (var reminder in due.Where(d => !sent.Contains(d.Key)))
            if (await SendOnceAsync(reminder, now, ct))
                count++;
        return count;
    }

    public async Task<IReadOnlyList<DueReminder>> DueAsync(DateTime now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now);
        var events = await db.Events.AsNoTracking().Where(e => e.EndsOn >= today.AddDays(-FollowUpDays))
            .Select(e => new { e.Id, e.TimeZone, e.StartsOn, e.EndsOn }).ToListAsync(ct);
        var ids = events.Select(e => e.Id).ToList();
        var settings = await db.ReminderSettings.AsNoTracking().Where(s => ids.Contains(s.EventId)).ToDictionaryAsync(s => s.EventId, ct);
        var due = new List<DueReminder>();
        foreach (var ev in events)
        {
            var s = settings.GetValueOrDefault(ev.Id) ?? ReminderSettings.DefaultFor(ev.Id);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(ev.TimeZone);
            var startsAt = EventSlot.At(zone, ev.StartsOn, TimeOnly.MinValue).UtcDateTime;
            var endsAt = EventSlot.At(zone, ev.EndsOn.AddDays(1), TimeOnly.MinValue).UtcDateTime;
            if (s.MeetingLeadMinutes > 0)
                due.AddRange(await MeetingsSoonAsync(ev.Id, zone, TimeSpan.FromMinutes(s.MeetingLeadMinutes), now, ct));
            if (s.PendingRequestHours > 0 && now < endsAt)
                due.AddRange(await WaitingRequestsAsync(ev.Id, now.AddHours(-s.PendingRequestHours), ct));
            if (s.AvailabilityDaysBefore > 0 && now >= startsAt.AddDays(-s.AvailabilityDaysBefore) && now < startsAt)
                due.AddRange(await AvailabilityAsync(ev.Id, ev.StartsOn, ct));
            if (s.NoShowFollowUp)
                due.AddRange(await NoShowsAsync(ev.Id, ct));
        }
        return due;
    }

    /// <summary>Published meetings starting within the lead time, one reminder per seat; the slot is in the key, so a moved meeting is reminded again.</summary>
    async Task<IEnumerable<DueReminder>> MeetingsSoonAsync(int eventId, TimeZoneInfo zone, TimeSpan lead, DateTime now, CancellationToken ct)
    {
        // Slot days are local to the event: a day either side of the UTC dates covers every zone.
        var from = DateOnly.FromDateTime(now).AddDays(-1);
        var to = DateOnly.FromDateTime(now + lead).AddDays(1);
        var meetings = await MeetingsAsync(db.Meetings.Where(m => m.EventId == eventId && m.IsPublished && m.Status == MeetingStatus.Scheduled &&
            m.Slot!.Day >= from && m.Slot.Day <= to), ct);
        return meetings.Where(m => EventSlot.At(zone, m.Day, m.Start).UtcDateTime is var starts && starts - lead <= now && now < starts)
            .SelectMany(m => m.Seats.Select(seat => new DueReminder($"meeting-soon:{m.Id}:{m.SlotId}:{seat.DelegateId}", eventId, seat.DelegateId,
                NotificationKind.MeetingSoon, Clip($"{seat.Partner} · {m.Start:HH:mm} · {m.Location}"), MeetingId: m.Id)));
    }

    async Task<IEnumerable<DueReminder>> WaitingRequestsAsync(int eventId, DateTime sentBefore, CancellationToken ct) =>
        (await db.MeetingRequests.AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == RequestStatus.Pending && r.CreatedAt <= sentBefore)
            .Select(r => new { r.Id, r.ToDelegateId, From = r.FromDelegate!.DisplayName }).ToListAsync(ct))
        .Select(r => new DueReminder($"request-waiting:{r.Id}", eventId, r.ToDelegateId, NotificationKind.RequestAwaitingAnswer, Clip(r.From), RequestId: r.Id));

    async Task<IEnumerable<DueReminder>> AvailabilityAsync(int eventId, DateOnly startsOn, CancellationToken ct) =>
        (await db.Delegates.AsNoTracking().Where(d => d.EventId == eventId).Select(d => d.Id).ToListAsync(ct))
        .Select(d => new DueReminder($"availability:{d}", eventId, d, NotificationKind.ConfirmAvailability, startsOn.ToString("yyyy-MM-dd")));

    async Task<IEnumerable<DueReminder>> NoShowsAsync(int eventId, CancellationToken ct) =>
        (await MeetingsAsync(db.Meetings.Where(m => m.EventId == eventId && m.IsPublished && m.Status == MeetingStatus.NoShow), ct))
        .SelectMany(m => m.Seats.Select(seat => new DueReminder($"no-show:{m.Id}:{seat.DelegateId}", eventId, seat.DelegateId,
            NotificationKind.NoShowFollowUp, Clip(seat.Partner), MeetingId: m.Id)));

    sealed record Seat(int DelegateId, string Partner);

    sealed record MeetingRow(int Id, int SlotId, DateOnly Day, TimeOnly Start, string Location, IReadOnlyList<Seat> Seats);

    /// <summary>The meetings with, for each seat, the name of the delegate across the table.</summary>
    async Task<IReadOnlyList<MeetingRow>> MeetingsAsync(IQueryable<Meeting> meetings, CancellationToken ct)
    {
        var rows = await meetings.AsNoTracking()
            .Select(m => new { m.Id, m.SlotId, m.Slot!.Day, m.Slot.Start, Location = m.Location!.Code, Seats = m.Seats.Select(s => s.DelegateId).ToList() })
            .ToListAsync(ct);
        var delegateIds = rows.SelectMany(r => r.Seats).Distinct().ToList();
        var names = await db.Delegates.AsNoTracking().Where(d => delegateIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.DisplayName, ct);
        return rows.Select(r => new MeetingRow(r.Id, r.SlotId, r.Day, r.Start, r.Location,
            r.Seats.Select(d => new Seat(d, string.Join(", ", r.Seats.Where(o => o != d).Select(o => names.GetValueOrDefault(o, ""))))).ToList())).ToList();
    }

    static string Clip(string about) => about.Length > Notification.MaxAboutLength ? about[..Notification.MaxAboutLength] : about;

    async Task<bool> SendOnceAsync(DueReminder reminder, DateTime now, CancellationToken ct)
    {
        db.SentReminders.Add(new SentReminder { Key = reminder.Key, EventId = reminder.EventId, SentAt = now });
        notifications.Add(reminder.EventId, reminder.DelegateId, reminder.Kind, reminder.About, reminder.RequestId, reminder.MeetingId);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e.IsConstraintViolation())
        {
            // Another node sent it a moment ago: its key is stored, and this notification is not.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
