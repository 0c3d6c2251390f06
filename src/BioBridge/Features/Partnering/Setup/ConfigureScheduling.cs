using BioBridge.Data;
using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// The organizer chooses how meetings get their slots (automatic, self-scheduling, hosted-buyer) and the caps every
/// placement applies: most meetings of one delegate per half-day or day, and per participant type.
/// </summary>
public sealed class ConfigureScheduling(AppDb db)
{
    public static readonly string[] Modes = ["automatic", "self-scheduling", "hosted-buyer"];
    public static readonly string[] CapSessions = ["half-day", "day"];
    public static readonly string[] ParticipantTypes = ["buyer", "seller", "investor", "startup", "other"];

    public static string Name(SchedulingMode mode) => Modes[(int)mode];
    public static string Name(CapSession session) => CapSessions[(int)session];
    public static string Name(ParticipantType type) => type == ParticipantType.Other ? "other" : type.ToString().ToLowerInvariant();

    public static ParticipantType? ParseType(string? name) =>
        Enum.GetValues<ParticipantType>().Cast<ParticipantType?>().FirstOrDefault(t => Name(t!.Value) == name?.Trim().ToLowerInvariant());

    public async Task<SchedulingSettings?> ReadAsync(NamedEvent named, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == named.Id, ct);
        if (ev is null)
            return null;
        var perType = await db.ParticipantTypeCaps.AsNoTracking().Where(c => c.EventId == ev.Id).ToListAsync(ct);
        return new SchedulingSettings(Name(ev.SchedulingMode), Name(ev.CapSession), ev.MaxMeetingsPerSession,
            perType.OrderBy(c => c.Type).ToDictionary(c => Name(c.Type), c => c.MaxMeetings));
    }

    /// <summary>Replaces the settings; caps lowered below what stored meetings use keep those meetings (the next
    /// placements respect the new caps).</summary>
    public async Task<Outcome> HandleAsync(PartneringActor actor, SchedulingSettings input, CancellationToken ct)
    {
        if (!actor.IsOrganizer)
            return Outcome.Forbidden(PartneringText.Say("Only organizers choose how the event schedules meetings."));
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Id == actor.Event.Id, ct);
        if (ev is null)
            return actor.Event.Missing();
        var errors = new Dictionary<string, string[]>();
        var mode = Array.IndexOf(Modes, input.Mode?.Trim().ToLowerInvariant());
        if (mode < 0)
            errors["mode"] = [PartneringText.Say($"'{input.Mode}' is not a scheduling mode; use {string.Join(", ", Modes)}.")];
        var session = Array.IndexOf(CapSessions, (input.CapSession ?? "half-day").Trim().ToLowerInvariant());
        if (session < 0)
            errors["capSession"] = [PartneringText.Say($"'{input.CapSession}' is not a session length; use {string.Join(" or ", CapSessions)}.")];
        if (input.MaxMeetingsPerSession is < 1 or > EventDelegate.MaxMeetingsLimit)
            errors["maxMeetingsPerSession"] = [PartneringText.Say($"The cap per session is 1 to {EventDelegate.MaxMeetingsLimit}, or empty for none.")];
        var perType = new Dictionary<ParticipantType, int>();
        foreach (var (name, max) in input.MaxMeetingsPerType ?? new Dictionary<string, int>())
        {
            if (ParseType(name) is not { } type)
                errors[$"maxMeetingsPerType.{name}"] = [PartneringText.Say($"'{name}' is not a participant type; use {string.Join(", ", ParticipantTypes)}.")];
            else if (max is < 1 or > EventDelegate.MaxMeetingsLimit)
                errors[$"maxMeetingsPerType.{name}"] = [PartneringText.Say($"The cap of a participant type is 1 to {EventDelegate.MaxMeetingsLimit}.")];
            else
                perType[type] = max;
        }
        if (errors.Count > 0)
            return Outcome.Invalid(errors);

        // Placements read the caps: the change waits for any placement of the event in progress.
        await using var writeLock = await EventWriteLock.AcquireAsync(db, ev.Id, ct);
        ev.SchedulingMode = (SchedulingMode)mode;
        ev.CapSession = (CapSession)session;
        ev.MaxMeetingsPerSession = input.MaxMeetingsPerSession;
        var stored = await db.ParticipantTypeCaps.Where(c => c.EventId == ev.Id).ToListAsync(ct);
        db.ParticipantTypeCaps.RemoveRange(stored.Where(c => !perType.ContainsKey(c.Type)));
        foreach (var (type, max) in perType)
        {
            if (stored.FirstOrDefault(c => c.Type == type) is { } cap)
                cap.MaxMeetings = max;
            else
                db.ParticipantTypeCaps.Add(new ParticipantTypeCap { EventId = ev.Id, Type = type, MaxMeetings = max });
        }
        await db.SaveChangesAsync(ct);
        await writeLock.CommitAsync(ct);
        return Outcome.Ok;
    }
}
