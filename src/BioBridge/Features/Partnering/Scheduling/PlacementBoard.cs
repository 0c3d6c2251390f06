using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

public sealed record Placement(EventSlot Slot, EventLocation Location, Interpreter? Interpreter);

/// <summary>
/// The stored schedule of one event as seen by a single placement (a request accepted after publication, an
/// organizer's manual move): the rules of docs/contracts.md section 3, applied to one meeting against all the others.
/// Reasons are codes the pages translate ("unmet:" + code).
/// </summary>
public sealed class PlacementBoard
{
    public const string ParticipantFull = "participant-full";
    public const string NoInterpreter = "no-interpreter";
    public const string NoCommonFreeSlot = "no-common-free-slot";
    public const string NoFreeLocation = "no-free-location";
    public const string NoLocation = "no-location";
    public const string SessionFull = "session-full";

    readonly HashSet<(int Slot, int Location)> busyTables = [];
    readonly HashSet<(int Slot, int Interpreter)> busyInterpreters = [];
    readonly Dictionary<int, int> interpreterLoad = [];
    readonly Dictionary<int, HashSet<int>> delegateSlots = [];

    readonly Dictionary<int, EventSlot> slotById;

    PlacementBoard(List<EventSlot> slots, List<EventLocation> locations, List<Interpreter> interpreters, MeetingCaps caps)
    {
        Slots = slots;
        Locations = locations;
        Interpreters = interpreters;
        Caps = caps;
        slotById = slots.ToDictionary(s => s.Id);
    }

    public MeetingCaps Caps { get; }

    public IReadOnlyList<EventSlot> Slots { get; }
    public IReadOnlyList<EventLocation> Locations { get; }
    public IReadOnlyList<Interpreter> Interpreters { get; }

    /// <summary>Loads the event's slots, locations, interpreters and every stored meeting (proposed or published) but one.</summary>
    public static async Task<PlacementBoard> LoadAsync(AppDb db, int eventId, IReadOnlyCollection<int> delegateIds, int? exceptMeetingId,
        CancellationToken ct)
    {
        var board = new PlacementBoard(
            await db.EventSlots.Where(s => s.EventId == eventId).OrderBy(s => s.Day).ThenBy(s => s.Start).ToListAsync(ct),
            await db.EventLocations.Where(l => l.EventId == eventId).OrderBy(l => l.Code).ToListAsync(ct),
            await db.Interpreters.Where(i => i.EventId == eventId).OrderBy(i => i.Id).ToListAsync(ct),
            await MeetingCaps.LoadAsync(db, eventId, ct));
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.EventId == eventId && m.Id != exceptMeetingId)
            .Select(m => new { m.SlotId, m.LocationId, m.InterpreterId, m.Mode }).ToListAsync(ct);
        foreach (var m in meetings)
        {
            if (m.Mode == MeetingMode.Onsite)
                board.busyTables.Add((m.SlotId, m.LocationId));
            if (m.InterpreterId is { } interpreter)
            {
                board.busyInterpreters.Add((m.SlotId, interpreter));
                board.interpreterLoad[interpreter] = board.interpreterLoad.GetValueOrDefault(interpreter) + 1;
            }
        }
        var seats = await db.MeetingSeats.AsNoTracking().Where(s => delegateIds.Contains(s.DelegateId) && s.MeetingId != exceptMeetingId)
            .Select(s => new { s.DelegateId, s.SlotId }).ToListAsync(ct);
        foreach (var id in delegateIds)
            board.delegateSlots[id] = [];
        foreach (var seat in seats)
            board.delegateSlots[seat.DelegateId].Add(seat.SlotId);
        return board;
    }

    public static bool ShareLanguage(EventDelegate a, EventDelegate b) =>
        a.Languages.Intersect(b.Languages, StringComparer.OrdinalIgnoreCase).Any();

    public static bool Bridges(Interpreter interpreter, EventDelegate a, EventDelegate b) =>
        interpreter.Languages.Intersect(a.Languages, StringComparer.OrdinalIgnoreCase).Any()
        && interpreter.Languages.Intersect(b.Languages, StringComparer.OrdinalIgnoreCase).Any();

    bool Busy(EventDelegate d, EventSlot slot) =>
        d.UnavailableSlotIds.Contains(slot.Id) || delegateSlots.GetValueOrDefault(d.Id)?.Contains(slot.Id) == true;

    bool Full(EventDelegate d) => (delegateSlots.GetValueOrDefault(d.Id)?.Count ?? 0) >= Caps.MaxMeetingsOf(d);

    /// <summary>The delegate already has the most meetings the session of <paramref name="slot"/> allows.</summary>
    bool FullInSession(EventDelegate d, EventSlot slot)
    {
        if (Caps.PerSession is not { } cap)
            return false;
        var session = Caps.SessionOf(slot);
        return (delegateSlots.GetValueOrDefault(d.Id) ?? []).Count(id => slotById.TryGetValue(id, out var s) && Caps.SessionOf(s) == session) >= cap;
    }

    bool InterpreterFree(Interpreter i, EventSlot slot) =>
        !i.UnavailableSlotIds.Contains(slot.Id) && !busyInterpreters.Contains((slot.Id, i.Id))
        && interpreterLoad.GetValueOrDefault(i.Id) < i.MaxMeetings;

    bool LocationFree(EventLocation l, EventSlot slot) => l.Kind == LocationKind.Virtual || !busyTables.Contains((slot.Id, l.Id));

    static LocationKind KindFor(MeetingMode mode) => mode == MeetingMode.Onsite ? LocationKind.Table : LocationKind.Virtual;

    /// <summary>The earliest slot both delegates can take, with a free table (or a virtual room) and, when they share no language, an interpreter.</summary>
    public (Placement? Placement, string? Reason) FindFirst(EventDelegate a, EventDelegate b, MeetingMode mode)
    {
        var (found, reason) = Find(a, b, mode, Slots, firstOnly: true);
        return (found.FirstOrDefault(), reason);
    }

    /// <summary>Every slot the pair can take (self-scheduling offers these), each with the table or room and interpreter it would get.</summary>
    public IReadOnlyList<Placement> FreeSlots(EventDelegate a, EventDelegate b, MeetingMode mode) => Find(a, b, mode, Slots, firstOnly: false).Placements;

    /// <summary>The pair's meeting at one chosen slot, with a table or room and interpreter assigned; otherwise why not, in words.</summary>
    public (Placement? Placement, string? Problem) PlaceAt(EventDelegate a, EventDelegate b, MeetingMode mode, EventSlot slot)
    {
        if (new[] { a, b }.Select(d => ProblemOf(d, slot)).FirstOrDefault(p => p is not null) is { } problem)
            return (null, problem);
        var (found, reason) = Find(a, b, mode, [slot], firstOnly: true);
        return found.Count > 0 ? (found[0], null) : (null, reason switch
        {
            NoInterpreter => $"{a.DisplayName} and {b.DisplayName} share no language and no interpreter of the event speaks a language of each.",
            NoLocation => "The event has no table or online room for this kind of meeting.",
            _ => $"Every {(mode == MeetingMode.Onsite ? "table" : "room")} or interpreter the meeting needs is taken at {At(slot)}; pick another slot.",
        });
    }

    (List<Placement> Placements, string? Reason) Find(EventDelegate a, EventDelegate b, MeetingMode mode, IEnumerable<EventSlot> slots, bool firstOnly)
    {
        var found = new List<Placement>();
        if (Full(a) || Full(b))
            return (found, ParticipantFull);
        var interpreters = ShareLanguage(a, b) ? null : Interpreters.Where(i => Bridges(i, a, b)).ToList();
        if (interpreters is { Count: 0 })
            return (found, NoInterpreter);
        var locations = Locations.Where(l => l.Kind == KindFor(mode)).ToList();
        if (locations.Count == 0)
            return (found, NoLocation);
        var commonSlot = false;
        var sessionFull = false;
        foreach (var slot in slots)
        {
            if (Busy(a, slot) || Busy(b, slot))
                continue;
            if (FullInSession(a, slot) || FullInSession(b, slot))
            {
                sessionFull = true;
                continue;
            }
            commonSlot = true;
            var location = locations.FirstOrDefault(l => LocationFree(l, slot));
            if (location is null)
                continue;
            Interpreter? interpreter = null;
            if (interpreters is not null)
            {
                interpreter = interpreters.FirstOrDefault(i => InterpreterFree(i, slot));
                if (interpreter is null)
                    continue;
            }
            found.Add(new Placement(slot, location, interpreter));
            if (firstOnly)
                break;
        }
        return (found, found.Count > 0 ? null : commonSlot ? NoFreeLocation : sessionFull ? SessionFull : NoCommonFreeSlot);
    }

    static string At(EventSlot slot) => $"{slot.Day:yyyy-MM-dd} {slot.Start:HH:mm}";

    /// <summary>Why the delegate cannot meet at the slot (away, busy, at their cap or their session's cap), or null.</summary>
    string? ProblemOf(EventDelegate d, EventSlot slot)
    {
        if (d.UnavailableSlotIds.Contains(slot.Id))
            return $"{d.DisplayName} is not available at {At(slot)}.";
        if (delegateSlots.GetValueOrDefault(d.Id)?.Contains(slot.Id) == true)
            return $"{d.DisplayName} already has a meeting at {At(slot)}.";
        if (Full(d))
            return $"{d.DisplayName} already has {Caps.MaxMeetingsOf(d)} meetings, their maximum.";
        if (FullInSession(d, slot))
            return $"{d.DisplayName} already has {Caps.PerSession} meetings in the {Caps.SessionOf(slot)} session, the most the event allows per session.";
        return null;
    }

    /// <summary>Checks one given placement (a manual move) against the same rules; null when it is allowed.</summary>
    public string? Check(EventDelegate a, EventDelegate b, MeetingMode mode, Placement placement)
    {
        var (slot, location, interpreter) = placement;
        if (new[] { a, b }.Select(d => ProblemOf(d, slot)).FirstOrDefault(p => p is not null) is { } problem)
            return problem;
        if (location.Kind != KindFor(mode))
            return mode == MeetingMode.Onsite ? $"An onsite meeting needs a table; {location.Code} is a virtual room." : $"An online meeting needs a virtual room; {location.Code} is a table.";
        if (!LocationFree(location, slot))
            return $"Table {location.Code} is taken at {At(slot)}.";
        if (interpreter is null)
            return ShareLanguage(a, b) ? null : $"{a.DisplayName} and {b.DisplayName} share no language; the meeting needs an interpreter.";
        if (!Bridges(interpreter, a, b))
            return $"{interpreter.Name} does not speak a language of each participant.";
        if (interpreter.UnavailableSlotIds.Contains(slot.Id) || busyInterpreters.Contains((slot.Id, interpreter.Id)))
            return $"{interpreter.Name} is not free at {At(slot)}.";
        if (interpreterLoad.GetValueOrDefault(interpreter.Id) >= interpreter.MaxMeetings)
            return $"{interpreter.Name} already has {interpreter.MaxMeetings} meetings, their maximum.";
        return null;
    }
}
