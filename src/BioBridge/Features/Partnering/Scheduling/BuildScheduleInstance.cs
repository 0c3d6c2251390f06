using BioBridge.Data;
using BioBridge.Features.Events;
using BioBridge.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// Turns an event into a scheduling instance: every pair of delegates with an accepted request is a meeting whose
/// weight is the higher priority of the two sides plus one for mutual interest (in a hosted-buyer event: the weight of
/// the two sides' preferences, must-meets far above the rest); published (and pinned) meetings are `fixed`, so that a
/// later run never moves a confirmed meeting. A pair where either side said "no thanks" is left out; per-type caps
/// lower the participants' maxMeetings and a per-session cap becomes the instance's optional `sessions`.
/// </summary>
public sealed class BuildScheduleInstance(AppDb db)
{
    public async Task<PartneringInstance> HandleAsync(int eventId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId, ct);
        var slots = await db.EventSlots.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.Day).ThenBy(s => s.Start).ToListAsync(ct);
        var locations = await db.EventLocations.AsNoTracking().Where(l => l.EventId == eventId).OrderBy(l => l.Code).ToListAsync(ct);
        var interpreters = await db.Interpreters.AsNoTracking().Where(i => i.EventId == eventId).OrderBy(i => i.Id).ToListAsync(ct);
        var caps = await MeetingCaps.LoadAsync(db, eventId, ct);
        var meetings = await PairMeetingsAsync(ev, ct);
        var delegateIds = meetings.Values.SelectMany(m => new[] { m.FirstDelegateId, m.SecondDelegateId }).ToHashSet();
        // The event's delegates, filtered here: tens of thousands of ids are no query parameter.
        var delegates = (await db.Delegates.AsNoTracking().Where(d => d.EventId == eventId).OrderBy(d => d.Id).ToListAsync(ct))
            .Where(d => delegateIds.Contains(d.Id)).ToList();

        // A kept meeting stands even where its people or interpreter later said they are unavailable, or lowered
        // their cap: the organizer moves it by hand; the instance must stay feasible.
        var keptSlotsOf = new Dictionary<int, HashSet<int>>();
        var keptOfInterpreter = new Dictionary<int, HashSet<int>>();
        foreach (var m in meetings.Values.Where(m => m.Kept is not null))
        {
            foreach (var d in new[] { m.FirstDelegateId, m.SecondDelegateId })
                (keptSlotsOf.TryGetValue(d, out var set) ? set : keptSlotsOf[d] = []).Add(m.Kept!.SlotId);
            if (m.Kept!.InterpreterId is { } i)
                (keptOfInterpreter.TryGetValue(i, out var set) ? set : keptOfInterpreter[i] = []).Add(m.Kept.SlotId);
        }

        var slotById = slots.ToDictionary(s => s.Id);
        var instance = new ScheduleInstance
        {
            Format = ScheduleJson.InstanceFormat,
            Event = ev.Slug,
            TimeZone = ev.TimeZone,
            Slots = slots.Select(ScheduleSpecs.Slot).ToList(),
            Locations = locations.Select(ScheduleSpecs.Location).ToList(),
            Participants = delegates.Select(d => ScheduleSpecs.Participant(d, caps, slotById, keptSlotsOf.GetValueOrDefault(d.Id) ?? [])).ToList(),
            // Kept meetings stand even above a cap lowered later, as with maxMeetings.
            Sessions = ScheduleSpecs.Sessions(slots, caps,
                session => keptSlotsOf.Values.Select(k => session.Count(s => k.Contains(s.Id))).DefaultIfEmpty(0).Max()),
            Interpreters = interpreters.Select(i => ScheduleSpecs.Interpreter(i, slotById, keptOfInterpreter.GetValueOrDefault(i.Id) ?? [])).ToList(),
            Meetings = meetings.Values.Select(m => Spec(m, slotById, locations)).ToList(),
        };
        return new PartneringInstance(ev, instance,
            slots.ToDictionary(s => s.Code), locations.ToDictionary(l => l.Code),
            interpreters.ToDictionary(i => PartneringInstance.InterpreterId(i.Id)), meetings);
    }

    /// <summary>One meeting per pair with an accepted request, in the order of the pair's first request.</summary>
    async Task<Dictionary<string, PairMeeting>> PairMeetingsAsync(Event ev, CancellationToken ct)
    {
        var requests = await db.MeetingRequests.AsNoTracking()
            .Where(r => r.EventId == ev.Id && (r.Status == RequestStatus.Pending || r.Status == RequestStatus.Accepted))
            .OrderBy(r => r.Id).ToListAsync(ct);
        var kept = await db.Meetings.AsNoTracking().Include(m => m.Seats)
            .Where(m => m.EventId == ev.Id && (m.IsPublished || m.IsFixed)).ToListAsync(ct);
        var keptByPair = kept.Where(m => m.Seats.Count == 2).ToDictionary(m => Pair(m.Seats[0].DelegateId, m.Seats[1].DelegateId));
        var preferences = (await db.MeetingPreferences.AsNoTracking().Where(p => p.EventId == ev.Id)
                .Select(p => new { p.FromDelegateId, p.ToDelegateId, p.Level }).ToListAsync(ct))
            .GroupBy(p => Pair(p.FromDelegateId, p.ToDelegateId)).ToDictionary(g => g.Key, g => g.Select(p => p.Level).ToList());

        var meetings = new Dictionary<string, PairMeeting>();
        foreach (var pair in requests.GroupBy(r => Pair(r.FromDelegateId, r.ToDelegateId)).OrderBy(g => g.Min(r => r.Id)))
        {
            var accepted = pair.Where(r => r.Status == RequestStatus.Accepted).ToList();
            if (accepted.Count == 0)
                continue;
            var keptMeeting = keptByPair.GetValueOrDefault(pair.Key);
            var levels = preferences.GetValueOrDefault(pair.Key);
            if (keptMeeting is null && levels?.Contains(PreferenceLevel.NoThanks) == true)
                continue;
            var weight = ev.SchedulingMode == SchedulingMode.HostedBuyer && levels is not null && MeetingPreference.PairWeight(levels) is { } preferred
                ? preferred
                : MeetingRequest.PairWeight(pair.ToList());
            var key = keptMeeting is null ? accepted[0] : pair.FirstOrDefault(r => r.Id == keptMeeting.RequestId) ?? accepted[0];
            var id = PartneringInstance.MeetingId(key.Id);
            meetings[id] = new PairMeeting(id, key.Id, pair.Key.A, pair.Key.B, keptMeeting?.Mode ?? key.Mode, weight,
                keptMeeting);
        }
        return meetings;
    }

    static MeetingSpec Spec(PairMeeting m, IReadOnlyDictionary<int, EventSlot> slotById, List<EventLocation> locations) => new()
    {
        Id = m.Id,
        Participants = [PartneringInstance.ParticipantId(m.FirstDelegateId), PartneringInstance.ParticipantId(m.SecondDelegateId)],
        Weight = m.Weight,
        Mode = ScheduleSpecs.Mode(m.Mode),
        Fixed = m.Kept is { } k
            ? new FixedSpec
            {
                Slot = slotById[k.SlotId].Code,
                Location = locations.Single(l => l.Id == k.LocationId).Code,
                Interpreter = k.InterpreterId is { } i ? PartneringInstance.InterpreterId(i) : null,
            }
            : null,
    };

    static (int A, int B) Pair(int x, int y) => x < y ? (x, y) : (y, x);
}
