namespace BioBridge.Scheduling;

/// <summary>
/// One more meeting in a schedule that stands: a request accepted after publication, an organizer's move, the free
/// slots a self-scheduling pair may pick. The standing meetings are booked as they are (they may break rules that
/// changed since: a stale booking is the organizer's to move), and the meeting is placed or checked by the rules
/// <see cref="ScheduleChecker"/> verifies every result with (<see cref="Bookings"/>).
/// </summary>
public sealed class MeetingPlacement
{
    readonly Problem pr;
    readonly Bookings bookings;

    MeetingPlacement(Problem pr, Bookings bookings)
    {
        this.pr = pr;
        this.bookings = bookings;
    }

    /// <summary>Compiles the instance and books the standing meetings; null with errors when the instance is
    /// invalid or the standing result names a meeting, slot, location or interpreter the instance lacks.</summary>
    public static MeetingPlacement? Create(ScheduleInstance instance, ScheduleResult standing, List<string> errors)
    {
        var before = errors.Count;
        var pr = ProblemCompiler.Compile(instance, errors);
        if (pr is null)
            return null;
        var bookings = new Bookings(pr);
        foreach (var a in standing.Assignments ?? [])
        {
            var what = $"standing meeting {ProblemCompiler.Quote(a.Meeting)}";
            var m = Resolve(pr.MeetingIndex, a.Meeting, what, "meeting", errors);
            var s = Resolve(pr.SlotIndex, a.Slot, what, "slot", errors);
            var l = a.Location is null ? -1 : Resolve(pr.LocationIndex, a.Location, what, "location", errors);
            var i = a.Interpreter is null ? -1 : Resolve(pr.InterpreterIndex, a.Interpreter, what, "interpreter", errors);
            if (errors.Count == before)
                bookings.Book(m, s, l, i);
        }
        return errors.Count > before ? null : new MeetingPlacement(pr, bookings);
    }

    static int Resolve(Dictionary<string, int> index, string? id, string what, string list, List<string> errors)
    {
        if (id is not null && index.TryGetValue(id, out var k))
            return k;
        errors.Add($"{what}: {list} {ProblemCompiler.Quote(id)} is not in the instance");
        return -1;
    }

    /// <summary>
    /// The places the meeting can take, in the order of <paramref name="slots"/> (default: every slot of the
    /// instance), each with the first free location of its kind and, when its participants share no language, the
    /// first free interpreter in instance order. With <paramref name="firstOnly"/> the search stops at the first.
    /// </summary>
    public PlacementSearch Find(string meeting, IEnumerable<string>? slots = null, bool firstOnly = false)
    {
        var m = Index(pr.MeetingIndex, meeting);
        var participants = pr.MeetingParticipants[m];
        if (participants.Any(bookings.ParticipantFull))
            return new PlacementSearch([], UnplacedReason.ParticipantFull);
        if (pr.NeedsInterpreter[m] && pr.CandidateInterpreters[m].Length == 0)
            return new PlacementSearch([], UnplacedReason.NoInterpreter);
        var locations = pr.Onsite[m] ? pr.Tables : pr.VirtualLocations;
        if (locations.Length == 0)
            return new PlacementSearch([], UnplacedReason.NoLocation);

        var places = new List<Assignment>();
        var commonSlot = false;
        var sessionFull = false;
        foreach (var s in slots?.Select(id => Index(pr.SlotIndex, id)) ?? Enumerable.Range(0, pr.SlotCount))
        {
            if (!pr.MeetingAllowedAt(m, s) || !participants.All(p => bookings.ParticipantFree(p, s)))
                continue;
            if (participants.Any(p => bookings.SessionFull(p, s)))
            {
                sessionFull = true;
                continue;
            }
            commonSlot = true;
            if (PlaceAt(m, s, locations) is not { } place)
                continue;
            places.Add(place);
            if (firstOnly)
                break;
        }
        UnplacedReason? reason = places.Count > 0 ? null
            : commonSlot ? UnplacedReason.NoFreeLocation
            : sessionFull ? UnplacedReason.SessionFull
            : UnplacedReason.NoCommonFreeSlot;
        return new PlacementSearch(places, reason);
    }

    /// <summary>The first free location and, if needed, the first free interpreter at a slot the participants can take.</summary>
    Assignment? PlaceAt(int m, int s, int[] locations)
    {
        var l = Array.FindIndex(locations, l => bookings.LocationFree(l, s));
        if (l < 0)
            return null;
        var i = -1;
        if (pr.NeedsInterpreter[m])
        {
            i = Array.FindIndex(pr.CandidateInterpreters[m], i => bookings.InterpreterFree(i, s));
            if (i < 0)
                return null;
            i = pr.CandidateInterpreters[m][i];
        }
        return new Assignment
        {
            Meeting = pr.MeetingIds[m],
            Slot = pr.SlotIds[s],
            Location = pr.LocationIds[locations[l]],
            Interpreter = i >= 0 ? pr.InterpreterIds[i] : null,
        };
    }

    /// <summary>
    /// Every rule the given place breaks, in the checker's order (the slot, then each participant, the location, the
    /// interpreter); empty when the meeting can go there. A place without a location is checked for its slot and
    /// interpreter only; one without an interpreter needs none.
    /// </summary>
    public IReadOnlyList<PlacementConflict> Check(Assignment place)
    {
        var m = Index(pr.MeetingIndex, place.Meeting);
        var s = Index(pr.SlotIndex, place.Slot);
        var l = place.Location is null ? -1 : Index(pr.LocationIndex, place.Location);
        var i = place.Interpreter is null ? -1 : Index(pr.InterpreterIndex, place.Interpreter);
        return bookings.Breaks(m, s, l, i).Select(Conflict).ToList();
    }

    PlacementConflict Conflict(RuleBreak b) => b.Rule switch
    {
        PlacementRule.ParticipantUnavailable or PlacementRule.ParticipantBusy or PlacementRule.ParticipantFull or PlacementRule.SessionFull =>
            new PlacementConflict(b.Rule, Participant: pr.ParticipantIds[b.Subject]),
        PlacementRule.WrongLocationKind or PlacementRule.TableTaken => new PlacementConflict(b.Rule, Location: pr.LocationIds[b.Subject]),
        PlacementRule.InterpreterLanguages =>
            new PlacementConflict(b.Rule, Participant: pr.ParticipantIds[b.Other], Interpreter: pr.InterpreterIds[b.Subject]),
        PlacementRule.InterpreterUnavailable or PlacementRule.InterpreterBusy or PlacementRule.InterpreterFull =>
            new PlacementConflict(b.Rule, Interpreter: pr.InterpreterIds[b.Subject]),
        _ => new PlacementConflict(b.Rule),
    };

    static int Index(Dictionary<string, int> index, string? id) =>
        id is not null && index.TryGetValue(id, out var k) ? k : throw new ArgumentException($"{ProblemCompiler.Quote(id)} is not in the instance", nameof(id));
}
