using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// A delegate (through a member of their organization) or an organizer edits a registration: name, job title,
/// languages, unavailable slots, meeting limit, sessions they speak at. The e-mail and organization stay. A change
/// that would break a stored meeting (unavailable at its slot, no shared language left with a partner met without an
/// interpreter) is refused, naming the meeting: an organizer moves it first.
/// </summary>
public sealed class UpdateDelegate(AppDb db)
{
    public async Task<Outcome<EventDelegate>> HandleAsync(PartneringActor actor, int delegateId,
        DelegateInput input, CancellationToken ct)
    {
        var ev = await db.Events.Include(e => e.Sessions).SingleOrDefaultAsync(e => e.Id == actor.Event.Id, ct);
        var found = ev is null ? null : await db.Delegates.Include(d => d.Organization).SingleOrDefaultAsync(d => d.Id == delegateId && d.EventId == ev.Id, ct);
        if (found is null)
            return Outcome.NotFound(PartneringText.Say($"Delegate {delegateId} is not registered for this event."));
        if (!actor.CanActFor(found))
            return actor.Forbidden(found);

        var slots = await db.EventSlots.Where(s => s.EventId == ev!.Id).ToListAsync(ct);
        var errors = new Dictionary<string, string[]>();
        var profile = RegisterDelegate.ReadProfile(input, slots, ev!.Sessions, errors);
        if (errors.Count > 0)
            return Outcome.Invalid(errors);

        // Placements read unavailability and languages; the change waits for any placement of the event in progress.
        await using var writeLock = await EventWriteLock.AcquireAsync(db, ev.Id, ct);
        var itinerary = found.DelegationId is { } delegationId
            ? await db.Delegations.Where(d => d.Id == delegationId).SelectMany(d => d.Itinerary).ToListAsync(ct)
            : [];
        profile.ApplyTo(found, slots, ev.Sessions, itinerary);

        errors = await BrokenMeetingsAsync(db, [found], ct);
        if (errors.Count > 0)
        {
            await db.Entry(found).ReloadAsync(ct);
            return Outcome.Invalid(errors);
        }
        await db.SaveChangesAsync(ct);
        await writeLock.CommitAsync(ct);
        return Outcome.Success(found);
    }

    /// <summary>
    /// What changed delegates' stored meetings would break: a meeting in a slot now unavailable, or one without an
    /// interpreter where the two sides no longer share a language. Keyed by the field to fix, naming the meeting.
    /// </summary>
    public static async Task<Dictionary<string, string[]>> BrokenMeetingsAsync(AppDb db, IReadOnlyCollection<EventDelegate> changed, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var ids = changed.Select(d => d.Id).ToList();
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Slot).Include(m => m.Seats)
            .Where(m => m.Seats.Any(s => ids.Contains(s.DelegateId))).ToListAsync(ct);
        var seated = meetings.SelectMany(m => m.Seats).Select(s => s.DelegateId).Distinct().ToList();
        var others = await db.Delegates.AsNoTracking().Where(d => seated.Contains(d.Id) && !ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        EventDelegate Find(int id) => changed.FirstOrDefault(d => d.Id == id) ?? others[id];
        foreach (var meeting in meetings.OrderBy(m => m.Slot!.Ordinal))
        {
            var (first, second) = (Find(meeting.Seats[0].DelegateId), Find(meeting.Seats[1].DelegateId));
            var unavailable = new[] { first, second }.FirstOrDefault(d => d.UnavailableSlotIds.Contains(meeting.SlotId));
            if (unavailable is not null)
                errors["unavailableSlots"] = [PartneringText.Say($"{first.DisplayName} meets {second.DisplayName} at {meeting.Slot!.Code}, when {unavailable.DisplayName} is now busy; an organizer moves that meeting first.")];
            else if (meeting.InterpreterId is null && !first.Languages.Intersect(second.Languages).Any())
                errors["languages"] = [PartneringText.Say($"{first.DisplayName} meets {second.DisplayName} without an interpreter; keep a language they share.")];
        }
        return errors;
    }
}
