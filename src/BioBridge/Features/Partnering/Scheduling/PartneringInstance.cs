using BioBridge.Features.Events;
using BioBridge.Scheduling;

namespace BioBridge.Features.Partnering;

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
