using BioBridge.Data;
using BioBridge.Features.Events;
using BioBridge.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>One meeting of the instance: an accepted pair of delegates, keyed by its first accepted request.</summary>
public sealed record PairMeeting(string Id, int KeyRequestId, int FirstDelegateId, int SecondDelegateId, MeetingMode Mode, double Weight,
    Meeting? Kept);

/// <summary>A `biobridge-schedule/1` instance built from an event, with the ids to map a result back to rows.</summary>
public sealed record PartneringInstance(
    Event Event,
    ScheduleInstance Instance,
    IReadOnlyDictionary<string, EventSlot> Slots,
    IReadOnlyDictionary<string, EventLocation> Locations,
    IReadOnlyDictionary<string, Interpreter> Interpreters,
    IReadOnlyDictionary<string, PairMeeting> Meetings)
{
    public int FixedCount => Meetings.Values.Count(m => m.Kept is not null);

    public static string ParticipantId(int delegateId) => $"d{delegateId}";
    public static string InterpreterId(int interpreterId) => $"i{interpreterId}";
    public static string MeetingId(int requestId) => $"r{requestId}";
}

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
        var requests = await db.MeetingRequests.AsNoTracking()
            .Where(r => r.EventId == eventId && (r.Status == RequestStatus.Pending || r.Status == RequestStatus.Accepted))
            .OrderBy(r => r.Id).ToListAsync(ct);
        var kept = await db.Meetings.AsNoTracking().Include(m => m.Seats)
            .Where(m => m.EventId == eventId && (m.IsPublished || m.IsFixed)).ToListAsync(ct);
        var keptByPair = kept.Where(m => m.Seats.Count == 2).ToDictionary(m => Pair(m.Seats[0].DelegateId, m.Seats[1].DelegateId));
        var caps = await MeetingCaps.LoadAsync(db, eventId, ct);
        var preferences = (await db.MeetingPreferences.AsNoTracking().Where(p => p.EventId == eventId)
                .Select(p => new { p.FromDelegateId, p.ToDelegateId, p.Level }).ToListAsync(ct))
            .GroupBy(p => Pair(p.FromDelegateId, p.ToDelegateId)).ToDictionary(g => g.Key, g => g.Select(p => p.Level).ToList());

        var slotById = slots.ToDictionary(s => s.Id);
        var interpreterById = interpreters.ToDictionary(i => i.Id);
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

        var delegateIds = meetings.Values.SelectMany(m => new[] { m.FirstDelegateId, m.SecondDelegateId }).ToHashSet();
        var delegates = await db.Delegates.AsNoTracking().Where(d => d.EventId == eventId && delegateIds.Contains(d.Id))
            .OrderBy(d => d.Id).ToListAsync(ct);

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

        var instance = new ScheduleInstance
        {
            Format = ScheduleJson.InstanceFormat,
            Event = ev.Slug,
            TimeZone = ev.TimeZone,
            Slots = slots.Select(s => new SlotSpec { Id = s.Code, Day = s.Day.ToString("yyyy-MM-dd"), Start = s.Start.ToString("HH:mm"), Minutes = s.Minutes }).ToList(),
            Locations = locations.Select(l => new LocationSpec { Id = l.Code, Kind = l.InstanceKind }).ToList(),
            Participants = delegates.Select(d =>
            {
                var keptSlots = keptSlotsOf.GetValueOrDefault(d.Id) ?? [];
                return new ParticipantSpec
                {
                    Id = PartneringInstance.ParticipantId(d.Id),
                    Organization = d.OrganizationId.ToString(),
                    Languages = [.. d.Languages],
                    Unavailable = d.UnavailableSlotIds.Where(s => slotById.ContainsKey(s) && !keptSlots.Contains(s)).Select(s => slotById[s].Code).ToList(),
                    MaxMeetings = Math.Max(caps.MaxMeetingsOf(d), keptSlots.Count),
                };
            }).ToList(),
            Sessions = caps.PerSession is { } perSession
                ? slots.GroupBy(caps.SessionOf).Select(session => new SessionSpec
                {
                    Id = session.Key,
                    Slots = session.Select(s => s.Code).ToList(),
                    // Kept meetings stand even above a cap lowered later, as with maxMeetings.
                    MaxMeetings = Math.Max(perSession, keptSlotsOf.Values.Select(k => session.Count(s => k.Contains(s.Id))).DefaultIfEmpty(0).Max()),
                }).ToList()
                : null,
            Interpreters = interpreters.Select(i =>
            {
                var keptSlots = keptOfInterpreter.GetValueOrDefault(i.Id) ?? [];
                return new InterpreterSpec
                {
                    Id = PartneringInstance.InterpreterId(i.Id),
                    Languages = [.. i.Languages],
                    Unavailable = i.UnavailableSlotIds.Where(s => slotById.ContainsKey(s) && !keptSlots.Contains(s)).Select(s => slotById[s].Code).ToList(),
                    MaxMeetings = Math.Max(i.MaxMeetings, keptSlots.Count),
                };
            }).ToList(),
            Meetings = meetings.Values.Select(m => new MeetingSpec
            {
                Id = m.Id,
                Participants = [PartneringInstance.ParticipantId(m.FirstDelegateId), PartneringInstance.ParticipantId(m.SecondDelegateId)],
                Weight = m.Weight,
                Mode = m.Mode == MeetingMode.Onsite ? "onsite" : "virtual",
                Fixed = m.Kept is { } k
                    ? new FixedSpec
                    {
                        Slot = slotById[k.SlotId].Code,
                        Location = locations.Single(l => l.Id == k.LocationId).Code,
                        Interpreter = k.InterpreterId is { } i ? PartneringInstance.InterpreterId(i) : null,
                    }
                    : null,
            }).ToList(),
        };
        return new PartneringInstance(ev, instance,
            slots.ToDictionary(s => s.Code), locations.ToDictionary(l => l.Code),
            interpreters.ToDictionary(i => PartneringInstance.InterpreterId(i.Id)), meetings);
    }

    static (int A, int B) Pair(int x, int y) => x < y ? (x, y) : (y, x);
}
