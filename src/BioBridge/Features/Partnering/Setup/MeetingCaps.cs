using BioBridge.Data;
using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// The caps of one event as every placement applies them: the scheduler's instance, self-scheduling, late accepts and
/// manual moves all read them from here, so they agree.
/// </summary>
public sealed class MeetingCaps
{
    static readonly TimeOnly Noon = new(12, 0);

    MeetingCaps(CapSession session, int? perSession, IReadOnlyDictionary<ParticipantType, int> perType)
    {
        Session = session;
        PerSession = perSession;
        PerType = perType;
    }

    public CapSession Session { get; }
    /// <summary>Most meetings of one delegate within one session; null when there is no such cap.</summary>
    public int? PerSession { get; }
    public IReadOnlyDictionary<ParticipantType, int> PerType { get; }

    public static async Task<MeetingCaps> LoadAsync(AppDb db, int eventId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().Where(e => e.Id == eventId)
            .Select(e => new { e.CapSession, e.MaxMeetingsPerSession }).SingleAsync(ct);
        var perType = await db.ParticipantTypeCaps.AsNoTracking().Where(c => c.EventId == eventId).ToDictionaryAsync(c => c.Type, c => c.MaxMeetings, ct);
        return new MeetingCaps(ev.CapSession, ev.MaxMeetingsPerSession, perType);
    }

    /// <summary>The delegate's own limit, lowered to the cap of their participant type.</summary>
    public int MaxMeetingsOf(EventDelegate d) =>
        PerType.TryGetValue(d.ParticipantType, out var cap) ? Math.Min(cap, d.MaxMeetings) : d.MaxMeetings;

    /// <summary>The session a slot counts in, such as 2026-10-10 or 2026-10-10-pm.</summary>
    public string SessionOf(EventSlot slot) =>
        Session == CapSession.Day ? slot.Day.ToString("yyyy-MM-dd") : $"{slot.Day:yyyy-MM-dd}-{(slot.Start < Noon ? "am" : "pm")}";
}
