using BioBridge.Data;
using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

/// <summary>
/// How an event's meetings get their slots, chosen by the organizer: the organizer runs the scheduler over accepted
/// requests (automatic); the receiver picks a slot free for both when accepting (self-scheduling); or delegates mark
/// preferences and the organizer generates the meetings from them through the scheduler (hosted-buyer).
/// </summary>
public enum SchedulingMode { Automatic, SelfScheduling, HostedBuyer }

/// <summary>The block of slots a per-session meeting cap counts in: a morning or an afternoon, or a whole day.</summary>
public enum CapSession { HalfDay, Day }

/// <summary>What a delegate comes as; an organizer may cap the meetings of each type.</summary>
public enum ParticipantType { Other, Buyer, Seller, Investor, Startup }

/// <summary>A per-type cap of an event: delegates of <see cref="Type"/> take at most <see cref="MaxMeetings"/> meetings.</summary>
public sealed class ParticipantTypeCap
{
    public int EventId { get; set; }
    public ParticipantType Type { get; set; }
    public int MaxMeetings { get; set; }
}

sealed class ParticipantTypeCapConfiguration : IEntityTypeConfiguration<ParticipantTypeCap>
{
    public void Configure(EntityTypeBuilder<ParticipantTypeCap> builder)
    {
        builder.HasKey(c => new { c.EventId, c.Type });
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Event>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

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
