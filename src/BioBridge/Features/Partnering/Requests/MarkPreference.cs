using BioBridge.Features.Events;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// A delegate marks another Must meet, Meet or No thanks (or clears the mark) in a hosted-buyer event; the organizer
/// generates the meetings from the marks. Colleagues of one organization are not marked.
/// </summary>
public sealed class MarkPreference(AppDb db, TimeProvider clock)
{
    public static readonly string[] Levels = ["must-meet", "meet", "no-thanks"];

    public static string Name(PreferenceLevel level) => Levels[(int)level];

    public async Task<Outcome> HandleAsync(PartneringActor actor, int fromDelegateId, int toDelegateId, string? level,
        CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == actor.Event.Id, ct);
        var from = ev is null ? null : await db.Delegates.SingleOrDefaultAsync(d => d.Id == fromDelegateId && d.EventId == ev.Id, ct);
        if (from is null)
            return Outcome.NotFound(PartneringText.Say($"Delegate {fromDelegateId} is not registered for this event."));
        if (!actor.CanActFor(from))
            return actor.Forbidden(from);
        if (ev!.SchedulingMode != SchedulingMode.HostedBuyer)
            return Outcome.Conflict(PartneringText.Say("This event does not take meeting preferences: it is not a hosted-buyer event."));
        var to = await db.Delegates.SingleOrDefaultAsync(d => d.Id == toDelegateId && d.EventId == ev.Id, ct);
        if (to is null)
            return Outcome.Invalid("toDelegateId", PartneringText.Say($"Delegate {toDelegateId} is not registered for this event."));
        if (to.OrganizationId == from.OrganizationId)
            return Outcome.Invalid("toDelegateId", PartneringText.Say("Colleagues of one organization do not need a partnering meeting."));
        var index = level is null ? -1 : Array.IndexOf(Levels, level.Trim().ToLowerInvariant());
        if (level is not null && index < 0)
            return Outcome.Invalid("level", PartneringText.Say($"'{level}' is not a preference; use {string.Join(", ", Levels)}, or nothing to clear the mark."));

        var stored = await db.MeetingPreferences.SingleOrDefaultAsync(p => p.FromDelegateId == from.Id && p.ToDelegateId == to.Id, ct);
        if (index < 0)
        {
            if (stored is not null)
                db.MeetingPreferences.Remove(stored);
        }
        else
        {
            if (stored is null)
                db.MeetingPreferences.Add(stored = new MeetingPreference { EventId = ev.Id, FromDelegateId = from.Id, ToDelegateId = to.Id });
            stored.Level = (PreferenceLevel)index;
            stored.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsConstraintViolation())
        {
            return Outcome.Conflict(PartneringText.Say("The preference was changed at the same moment elsewhere; look again."));
        }
        return Outcome.Ok;
    }

    /// <summary>The event's delegates of other organizations, with the delegate's marks on them.</summary>
    public async Task<IReadOnlyList<PreferenceItem>> OfAsync(EventDelegate me, string language, CancellationToken ct)
    {
        var marks = await db.MeetingPreferences.AsNoTracking().Where(p => p.FromDelegateId == me.Id).ToDictionaryAsync(p => p.ToDelegateId, p => p.Level, ct);
        var others = await db.Delegates.AsNoTracking().Include(d => d.Organization)
            .Where(d => d.EventId == me.EventId && d.OrganizationId != me.OrganizationId).OrderBy(d => d.DisplayName).ThenBy(d => d.Id).ToListAsync(ct);
        return others.Select(d => new PreferenceItem(PartneringQueries.Item(d, language), marks.TryGetValue(d.Id, out var l) ? Name(l) : null)).ToList();
    }
}
