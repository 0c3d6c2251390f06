using BioBridge.Data;
using BioBridge.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// The stored schedule of one event as seen by a single placement (a request accepted after publication, an
/// organizer's manual move, the slots offered for self-scheduling). The rules are the scheduling library's
/// (<see cref="MeetingPlacement"/>): the board builds its instance, with every stored meeting standing as it is and
/// the pair's meeting to place, and puts the answer in the event's words. Reasons are codes the pages translate
/// ("unmet:" + code).
/// </summary>
public sealed class PlacementBoard
{
    public const string ParticipantFull = "participant-full";
    public const string NoInterpreter = "no-interpreter";
    public const string NoCommonFreeSlot = "no-common-free-slot";
    public const string NoFreeLocation = "no-free-location";
    public const string NoLocation = "no-location";
    public const string SessionFull = "session-full";

    /// <summary>The meeting to place when one pair is asked about.</summary>
    static readonly string Asked = AskedId(0);

    /// <summary>Stand-ins for the seats of others' meetings on a board loaded for a few delegates (see <see cref="LoadForAsync"/>).</summary>
    static readonly string[] Others = ["others-1", "others-2"];

    readonly int eventId;
    readonly IReadOnlyList<StandingMeeting> standing;
    readonly Dictionary<int, EventSlot> slotById;
    readonly Dictionary<int, EventLocation> locationById;
    /// <summary>The delegates whose seats the board knows; null when it knows everyone's.</summary>
    readonly IReadOnlySet<int>? known;
    /// <summary>The slots at which the board knows the others' meetings (their tables); null at every slot.</summary>
    readonly IReadOnlySet<int>? tablesKnownAt;

    PlacementBoard(int eventId, IReadOnlyList<EventSlot> slots, IReadOnlyList<EventLocation> locations, IReadOnlyList<Interpreter> interpreters,
        MeetingCaps caps, IReadOnlyList<StandingMeeting> standing, IReadOnlySet<int>? known, IReadOnlySet<int>? tablesKnownAt)
    {
        this.eventId = eventId;
        this.known = known;
        this.tablesKnownAt = tablesKnownAt;
        Slots = slots;
        Locations = locations;
        Interpreters = interpreters;
        Caps = caps;
        this.standing = standing;
        slotById = slots.ToDictionary(s => s.Id);
        locationById = locations.ToDictionary(l => l.Id);
    }

    public MeetingCaps Caps { get; }

    public IReadOnlyList<EventSlot> Slots { get; }
    public IReadOnlyList<EventLocation> Locations { get; }
    public IReadOnlyList<Interpreter> Interpreters { get; }

    /// <summary>Loads the event's slots, locations, interpreters and every stored meeting (proposed or published) but one.</summary>
    public static async Task<PlacementBoard> LoadAsync(AppDb db, int eventId, int? exceptMeetingId, CancellationToken ct)
    {
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.EventId == eventId && m.Id != exceptMeetingId)
            .Select(m => new StandingMeeting(m.Id, m.SlotId, m.LocationId, m.InterpreterId, m.Mode, m.Seats.Select(s => s.DelegateId).ToList()))
            .ToListAsync(ct);
        return (await FrameAsync(db, eventId, null, ct)).With(meetings, null);
    }

    /// <summary>
    /// The board for placing meetings of the given delegates only, as an accept after publication does at event scale:
    /// the others' meetings are read without their seats (they count for tables and interpreters, not for anyone's
    /// day), and the others' online meetings without an interpreter, which bear on nothing here, are left out. With
    /// <paramref name="slotIds"/> the others' meetings are read at those slots only (every interpreter's meetings
    /// still at every slot, for their counts): a board for placing at those slots, small enough to compile in a
    /// moment at event scale.
    /// </summary>
    public static async Task<PlacementBoard> LoadForAsync(AppDb db, int eventId, IReadOnlyCollection<int> delegateIds,
        IReadOnlyCollection<int>? slotIds, CancellationToken ct)
    {
        var frame = await FrameAsync(db, eventId, delegateIds.ToHashSet(), ct);
        return await frame.ReadAtAsync(db, slotIds, ct);
    }

    /// <summary>The same event and delegates read again, the others' meetings at the given slots only (null: at every slot).</summary>
    public async Task<PlacementBoard> ReadAtAsync(AppDb db, IReadOnlyCollection<int>? slotIds, CancellationToken ct)
    {
        var ids = known?.ToList() ?? throw new InvalidOperationException("Only a board loaded for some delegates is read again.");
        var seats = (await db.MeetingSeats.AsNoTracking().Where(s => ids.Contains(s.DelegateId)).Select(s => new { s.MeetingId, s.DelegateId })
            .ToListAsync(ct)).ToLookup(s => s.MeetingId, s => s.DelegateId);
        var theirs = seats.Select(g => g.Key).ToList();
        var meetings = db.Meetings.AsNoTracking().Where(m => m.EventId == eventId);
        if (slotIds is null)
            meetings = meetings.Where(m => m.Mode == MeetingMode.Onsite || m.InterpreterId != null || theirs.Contains(m.Id));
        else
        {
            var atSlots = slotIds.ToList();
            meetings = meetings.Where(m => m.InterpreterId != null || (m.Mode == MeetingMode.Onsite && atSlots.Contains(m.SlotId)) || theirs.Contains(m.Id));
        }
        var standing = (await meetings.Select(m => new { m.Id, m.SlotId, m.LocationId, m.InterpreterId, m.Mode }).ToListAsync(ct))
            .Select(m => new StandingMeeting(m.Id, m.SlotId, m.LocationId, m.InterpreterId, m.Mode, seats[m.Id].ToList())).ToList();
        return With(standing, slotIds?.ToHashSet());
    }

    /// <summary>The event's slots, tables and rooms, interpreters and caps, with no meeting standing yet.</summary>
    static async Task<PlacementBoard> FrameAsync(AppDb db, int eventId, IReadOnlySet<int>? known, CancellationToken ct) =>
        new(eventId,
            await db.EventSlots.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.Day).ThenBy(s => s.Start).ToListAsync(ct),
            await db.EventLocations.AsNoTracking().Where(l => l.EventId == eventId).OrderBy(l => l.Code).ToListAsync(ct),
            await db.Interpreters.AsNoTracking().Where(i => i.EventId == eventId).OrderBy(i => i.Id).ToListAsync(ct),
            await MeetingCaps.LoadAsync(db, eventId, ct),
            [], known, null);

    PlacementBoard With(IReadOnlyList<StandingMeeting> meetings, IReadOnlySet<int>? tablesAt) =>
        new(eventId, Slots, Locations, Interpreters, Caps, meetings, known, tablesAt);

    /// <summary>
    /// The earliest slot both delegates can take, with a free table (or a virtual room) and, when they share no
    /// language, an interpreter; among the given slots only, in their order, when the board knows the tables at those
    /// only. A non-zero <paramref name="spread"/> tries the tables and rooms in an order of its own, so that parallel
    /// placements take different free tables rather than all race for the first.
    /// </summary>
    public (Placement? Placement, string? Reason) FindFirst(EventDelegate a, EventDelegate b, MeetingMode mode, IReadOnlyList<EventSlot>? among = null,
        int spread = 0)
    {
        var search = Ask([(a, b, mode)], among, spread: spread).Find(Asked, among?.Select(s => s.Code), firstOnly: true);
        return (search.Places.Select(Placement).FirstOrDefault(), search.Reason is { } reason ? Code(reason) : null);
    }

    /// <summary>
    /// The slots the pair may take by their own rules and the interpreters', in order, the tables left aside (a board
    /// that knows the tables at a few slots only can still answer this for every slot); none, with the reason, when
    /// nothing is open to them.
    /// </summary>
    public (IReadOnlyList<EventSlot> Slots, string? Reason) OpenSlots(EventDelegate a, EventDelegate b, MeetingMode mode)
    {
        var search = Ask([(a, b, mode)], null, tables: false).Find(Asked);
        return (search.Places.Select(p => Placement(p).Slot).ToList(), search.Reason is { } reason ? Code(reason) : null);
    }

    /// <summary>The earliest place of each pair, each against the stored schedule alone (not against the others'
    /// places); one instance for them all, so a run's list of unmet requests is one compilation.</summary>
    public IReadOnlyList<(Placement? Placement, string? Reason)> FindFirst(IReadOnlyList<(EventDelegate A, EventDelegate B, MeetingMode Mode)> pairs)
    {
        var placement = Ask(pairs, null);
        return pairs.Select((_, k) =>
        {
            var search = placement.Find(AskedId(k), firstOnly: true);
            return (search.Places.Select(Placement).FirstOrDefault(), search.Reason is { } reason ? Code(reason) : null);
        }).ToList();
    }

    /// <summary>Every slot the pair can take (self-scheduling offers these), each with the table or room and interpreter it would get.</summary>
    public IReadOnlyList<Placement> FreeSlots(EventDelegate a, EventDelegate b, MeetingMode mode) =>
        Ask([(a, b, mode)], null).Find(Asked).Places.Select(Placement).ToList();

    /// <summary>The pair's meeting at one chosen slot, with a table or room and interpreter assigned; otherwise why not, in words.</summary>
    public (Placement? Placement, string? Problem) PlaceAt(EventDelegate a, EventDelegate b, MeetingMode mode, EventSlot slot)
    {
        var placement = Ask([(a, b, mode)], [slot]);
        var participantConflict = placement.Check(new Assignment { Meeting = Asked, Slot = slot.Code }).FirstOrDefault(c => c.Participant is not null);
        if (participantConflict is not null)
            return (null, Describe(participantConflict, a, b, mode, slot));
        var search = placement.Find(Asked, [slot.Code], firstOnly: true);
        return search.Places.Count > 0 ? (Placement(search.Places[0]), null) : (null, search.Reason switch
        {
            UnplacedReason.NoInterpreter => PartneringText.Say($"{a.DisplayName} and {b.DisplayName} share no language and no interpreter of the event speaks a language of each."),
            UnplacedReason.NoLocation => PartneringText.Say("The event has no table or online room for this kind of meeting."),
            _ => mode == MeetingMode.Onsite
                ? PartneringText.Say($"Every table or interpreter the meeting needs is taken at {At(slot)}; pick another slot.")
                : PartneringText.Say($"Every room or interpreter the meeting needs is taken at {At(slot)}; pick another slot."),
        });
    }

    /// <summary>Checks one given placement (a manual move) against the same rules; null when it is allowed.</summary>
    public string? Check(EventDelegate a, EventDelegate b, MeetingMode mode, Placement placement)
    {
        var (slot, location, interpreter) = placement;
        var conflict = Ask([(a, b, mode)], [slot]).Check(new Assignment
        {
            Meeting = Asked,
            Slot = slot.Code,
            Location = location.Code,
            Interpreter = interpreter is null ? null : PartneringInstance.InterpreterId(interpreter.Id),
        }).FirstOrDefault();
        return conflict is null ? null : Describe(conflict, a, b, mode, slot, location, interpreter);
    }

    /// <summary>
    /// The event as a scheduling instance: every stored meeting stands where it is, booked as it is (the library does
    /// not re-check it), and each pair's meeting is one to place (<see cref="AskedId"/>). Delegates outside the pairs
    /// appear only as the seats of standing meetings: their own rules do not bear on these placements. The question is
    /// about the given slots (null: any); without <paramref name="tables"/> no table counts as taken anywhere.
    /// </summary>
    MeetingPlacement Ask(IReadOnlyList<(EventDelegate A, EventDelegate B, MeetingMode Mode)> pairs, IEnumerable<EventSlot>? at, bool tables = true,
        int spread = 0)
    {
        var asked = pairs.SelectMany(p => new[] { p.A, p.B }).DistinctBy(d => d.Id).ToList();
        var askedIds = asked.Select(d => d.Id).ToHashSet();
        if (known is not null && !askedIds.IsSubsetOf(known))
            throw new InvalidOperationException("The board was loaded for other delegates: it does not know these delegates' meetings.");
        if (tables && tablesKnownAt is not null && (at is null || !at.All(s => tablesKnownAt.Contains(s.Id))))
            throw new InvalidOperationException("The board was loaded for other slots: it does not know who takes the tables there.");
        var participants = standing.SelectMany(m => m.DelegateIds).Where(id => !askedIds.Contains(id)).Distinct()
            .Select(PartneringInstance.ParticipantId).Concat(known is null ? [] : Others)
            .Select(id => new ParticipantSpec { Id = id })
            .Concat(asked.Select(d => ScheduleSpecs.Participant(d, Caps, slotById, new HashSet<int>())));
        var instance = new ScheduleInstance
        {
            Format = ScheduleJson.InstanceFormat,
            Slots = Slots.Select(ScheduleSpecs.Slot).ToList(),
            Locations = [.. LocationsInOrder(spread).Select(ScheduleSpecs.Location)],
            Participants = participants.ToList(),
            Sessions = ScheduleSpecs.Sessions(Slots, Caps, _ => 0),
            Interpreters = Interpreters.Select(i => ScheduleSpecs.Interpreter(i, slotById, new HashSet<int>())).ToList(),
            Meetings =
            [
                .. standing.Select(Spec),
                .. pairs.Select((pair, k) => new MeetingSpec
                {
                    Id = AskedId(k),
                    Participants = [PartneringInstance.ParticipantId(pair.A.Id), PartneringInstance.ParticipantId(pair.B.Id)],
                    Mode = ScheduleSpecs.Mode(pair.Mode),
                }),
            ],
        };
        var result = new ScheduleResult
        {
            Assignments = standing.Select(m => new Assignment
            {
                Meeting = StandingId(m),
                Slot = slotById[m.SlotId].Code,
                Location = tables ? locationById[m.LocationId].Code : null,
                Interpreter = m.InterpreterId is { } i ? PartneringInstance.InterpreterId(i) : null,
            }).ToList(),
        };
        var errors = new List<string>();
        return MeetingPlacement.Create(instance, result, errors)
            ?? throw new InvalidOperationException($"The stored schedule is not a valid instance: {string.Join("; ", errors)}");
    }

    /// <summary>The tables and rooms in the order they are tried: by code, or shuffled by a non-zero spread. (Taken tables
    /// bunch together, so turning the list round would still send most searches to the same first free one.)</summary>
    IEnumerable<EventLocation> LocationsInOrder(int spread)
    {
        if (spread == 0)
            return Locations;
        var random = new Random(spread);
        return Locations.Select(l => (Location: l, Key: random.Next())).OrderBy(l => l.Key).Select(l => l.Location);
    }

    static string StandingId(StandingMeeting m) => $"m{m.Id}";

    static string AskedId(int pair) => $"asked{pair}";

    static MeetingSpec Spec(StandingMeeting m) => new()
    {
        Id = StandingId(m),
        // Seats the board does not know are taken by stand-ins, so that every meeting has its two participants.
        Participants = m.DelegateIds.Select(PartneringInstance.ParticipantId).Concat(Others).Take(Math.Max(2, m.DelegateIds.Count)).ToList(),
        Mode = ScheduleSpecs.Mode(m.Mode),
    };

    Placement Placement(Assignment place) => new(
        Slots.Single(s => s.Code == place.Slot),
        Locations.Single(l => l.Code == place.Location),
        place.Interpreter is null ? null : Interpreters.Single(i => PartneringInstance.InterpreterId(i.Id) == place.Interpreter));

    static string Code(UnplacedReason reason) => reason switch
    {
        UnplacedReason.ParticipantFull => ParticipantFull,
        UnplacedReason.NoInterpreter => NoInterpreter,
        UnplacedReason.NoLocation => NoLocation,
        UnplacedReason.NoFreeLocation => NoFreeLocation,
        UnplacedReason.SessionFull => SessionFull,
        _ => NoCommonFreeSlot,
    };

    static string At(EventSlot slot) => $"{slot.Day:yyyy-MM-dd} {slot.Start:HH:mm}";

    /// <summary>A rule the placement breaks, in the words the organizer or delegate reads.</summary>
    string Describe(PlacementConflict conflict, EventDelegate a, EventDelegate b, MeetingMode mode, EventSlot slot,
        EventLocation? location = null, Interpreter? interpreter = null)
    {
        var d = conflict.Participant == PartneringInstance.ParticipantId(b.Id) ? b : a;
        return conflict.Rule switch
        {
            PlacementRule.ParticipantUnavailable => PartneringText.Say($"{d.DisplayName} is not available at {At(slot)}."),
            PlacementRule.ParticipantBusy => PartneringText.Say($"{d.DisplayName} already has a meeting at {At(slot)}."),
            PlacementRule.ParticipantFull => PartneringText.Say($"{d.DisplayName} already has {Caps.MaxMeetingsOf(d)} meetings, their maximum."),
            PlacementRule.SessionFull =>
                PartneringText.Say($"{d.DisplayName} already has {Caps.PerSession} meetings in the {Caps.SessionOf(slot)} session, the most the event allows per session."),
            PlacementRule.WrongLocationKind => mode == MeetingMode.Onsite
                ? PartneringText.Say($"An onsite meeting needs a table; {location?.Code} is a virtual room.")
                : PartneringText.Say($"An online meeting needs a virtual room; {location?.Code} is a table."),
            PlacementRule.TableTaken => PartneringText.Say($"Table {location?.Code} is taken at {At(slot)}."),
            PlacementRule.InterpreterNeeded => PartneringText.Say($"{a.DisplayName} and {b.DisplayName} share no language; the meeting needs an interpreter."),
            PlacementRule.InterpreterLanguages => PartneringText.Say($"{interpreter?.Name} does not speak a language of each participant."),
            PlacementRule.InterpreterUnavailable or PlacementRule.InterpreterBusy => PartneringText.Say($"{interpreter?.Name} is not free at {At(slot)}."),
            PlacementRule.InterpreterFull => PartneringText.Say($"{interpreter?.Name} already has {interpreter?.MaxMeetings} meetings, their maximum."),
            _ => PartneringText.Say($"The meeting cannot take {At(slot)}."),
        };
    }
}
