using BioBridge.Scheduling;

namespace BioBridge.Features.Partnering;

/// <summary>An event's rows in the shapes of a `biobridge-schedule/1` instance, for scheduling runs and one-meeting placement alike.</summary>
static class ScheduleSpecs
{
    public static SlotSpec Slot(EventSlot s) =>
        new() { Id = s.Code, Day = s.Day.ToString("yyyy-MM-dd"), Start = s.Start.ToString("HH:mm"), Minutes = s.Minutes };

    public static LocationSpec Location(EventLocation l) => new() { Id = l.Code, Kind = l.InstanceKind };

    /// <summary>The delegate with the cap of their participant type; <paramref name="keptSlots"/> are slots of
    /// meetings that stand even where the delegate later said they are away, or lowered their cap.</summary>
    public static ParticipantSpec Participant(EventDelegate d, MeetingCaps caps, IReadOnlyDictionary<int, EventSlot> slotById, IReadOnlySet<int> keptSlots) =>
        new()
        {
            Id = PartneringInstance.ParticipantId(d.Id),
            Organization = d.OrganizationId.ToString(),
            Languages = [.. d.Languages],
            Unavailable = Unavailable(d.UnavailableSlotIds, slotById, keptSlots),
            MaxMeetings = Math.Max(caps.MaxMeetingsOf(d), keptSlots.Count),
        };

    public static InterpreterSpec Interpreter(Interpreter i, IReadOnlyDictionary<int, EventSlot> slotById, IReadOnlySet<int> keptSlots) =>
        new()
        {
            Id = PartneringInstance.InterpreterId(i.Id),
            Languages = [.. i.Languages],
            Unavailable = Unavailable(i.UnavailableSlotIds, slotById, keptSlots),
            MaxMeetings = Math.Max(i.MaxMeetings, keptSlots.Count),
        };

    /// <summary>The event's sessions when it caps meetings per session; <paramref name="keptMost"/> raises a
    /// session's cap to the most kept meetings one delegate has in it.</summary>
    public static List<SessionSpec>? Sessions(IEnumerable<EventSlot> slots, MeetingCaps caps, Func<IReadOnlyCollection<EventSlot>, int> keptMost) =>
        caps.PerSession is { } perSession
            ? slots.GroupBy(caps.SessionOf).Select(session => new SessionSpec
            {
                Id = session.Key,
                Slots = session.Select(s => s.Code).ToList(),
                MaxMeetings = Math.Max(perSession, keptMost(session.ToList())),
            }).ToList()
            : null;

    public static string Mode(MeetingMode mode) => mode == MeetingMode.Onsite ? "onsite" : "virtual";

    static List<string> Unavailable(IEnumerable<int> slotIds, IReadOnlyDictionary<int, EventSlot> slotById, IReadOnlySet<int> keptSlots) =>
        slotIds.Where(s => slotById.ContainsKey(s) && !keptSlots.Contains(s)).Select(s => slotById[s].Code).ToList();
}
