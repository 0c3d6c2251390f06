namespace BioBridge.Scheduling;

/// <summary>
/// Validates an instance and compiles it to a <see cref="Problem"/>. Every problem found is reported (with the
/// list path and the id), and nothing is compiled when there is any: a bad instance is never half-solved.
/// The steps run in list order (slots, sessions, locations, participants, interpreters, meetings, kept result),
/// so the errors come in the order of the file.
/// </summary>
sealed class ProblemCompiler
{
    readonly ScheduleInstance instance;
    readonly List<string> errors;
    readonly IReadOnlyList<SlotSpec?> slots;
    readonly IReadOnlyList<LocationSpec?> locations;
    readonly IReadOnlyList<ParticipantSpec?> participants;
    readonly IReadOnlyList<InterpreterSpec?> interpreters;
    readonly IReadOnlyList<MeetingSpec?> meetings;
    readonly IReadOnlyList<SessionSpec?> sessions;

    readonly Dictionary<string, int> slotIndex;
    readonly Dictionary<string, int> locationIndex;
    readonly Dictionary<string, int> participantIndex;
    readonly Dictionary<string, int> interpreterIndex;
    readonly Dictionary<string, int> meetingIndex;

    // Days in order of first appearance; a day's slots in list order.
    readonly List<string> dayNames = [];
    readonly List<List<int>> daySlots = [];
    readonly int[] slotDay;
    readonly int[] slotBit;
    readonly ulong[] fullDay;
    readonly int days;

    readonly int[] slotSession;
    readonly int[] sessionMax;
    readonly bool[] isTable;
    readonly Dictionary<string, int> languages = new(StringComparer.OrdinalIgnoreCase);

    readonly int[] participantMax;
    readonly ulong[] participantAvailable;
    readonly ulong[] participantLanguages;
    readonly int[] interpreterMax;
    readonly ulong[] interpreterAvailable;
    readonly ulong[] interpreterLanguages;

    readonly int[][] meetingParticipants;
    readonly double[] weight;
    readonly bool[] onsite;
    readonly ulong[] allowed;
    readonly bool[] isFixed;
    readonly int[] fixedSlot;
    readonly int[] fixedLocation;
    readonly int[] fixedInterpreter;

    ProblemCompiler(ScheduleInstance instance, List<string> errors)
    {
        this.instance = instance;
        this.errors = errors;
        if (instance.Format is { } format && format != ScheduleJson.InstanceFormat)
            errors.Add($"format: expected \"{ScheduleJson.InstanceFormat}\", found \"{format}\"");

        slots = instance.Slots ?? [];
        locations = instance.Locations ?? [];
        participants = instance.Participants ?? [];
        interpreters = instance.Interpreters ?? [];
        meetings = instance.Meetings ?? [];
        sessions = instance.Sessions ?? [];

        slotIndex = IndexIds("slots", slots.Select(s => s?.Id).ToList(), errors);
        locationIndex = IndexIds("locations", locations.Select(l => l?.Id).ToList(), errors);
        participantIndex = IndexIds("participants", participants.Select(p => p?.Id).ToList(), errors);
        interpreterIndex = IndexIds("interpreters", interpreters.Select(i => i?.Id).ToList(), errors);
        meetingIndex = IndexIds("meetings", meetings.Select(m => m?.Id).ToList(), errors);

        slotDay = new int[slots.Count];
        slotBit = new int[slots.Count];
        LayOutDays();
        days = dayNames.Count;
        fullDay = daySlots.Select(d => d.Count >= 64 ? ulong.MaxValue : (1UL << d.Count) - 1).ToArray();

        slotSession = new int[slots.Count];
        Array.Fill(slotSession, -1);
        sessionMax = new int[sessions.Count];
        isTable = new bool[locations.Count];
        participantMax = new int[participants.Count];
        participantAvailable = new ulong[participants.Count * days];
        participantLanguages = new ulong[participants.Count];
        interpreterMax = new int[interpreters.Count];
        interpreterAvailable = new ulong[interpreters.Count * days];
        interpreterLanguages = new ulong[interpreters.Count];
        meetingParticipants = new int[meetings.Count][];
        weight = new double[meetings.Count];
        onsite = new bool[meetings.Count];
        allowed = new ulong[meetings.Count * days];
        isFixed = new bool[meetings.Count];
        fixedSlot = new int[meetings.Count];
        fixedLocation = new int[meetings.Count];
        fixedInterpreter = new int[meetings.Count];
        Array.Fill(fixedSlot, -1);
        Array.Fill(fixedLocation, -1);
        Array.Fill(fixedInterpreter, -1);
    }

    public static Problem? Compile(ScheduleInstance instance, List<string> errors, IReadOnlyList<Assignment>? keep = null, List<string>? warnings = null)
    {
        var before = errors.Count;
        var compiler = new ProblemCompiler(instance, errors);
        compiler.ReadSessions();
        compiler.ReadLocations();
        compiler.ReadParticipants();
        compiler.ReadInterpreters();
        compiler.ReadMeetings();
        compiler.Keep(keep ?? [], warnings);
        if (errors.Count > before)
            return null;
        var problem = compiler.Build();
        FixedPlacement.Place(problem, errors);
        return errors.Count > before ? null : problem;
    }

    void LayOutDays()
    {
        var dayOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < slots.Count; s++)
        {
            var day = slots[s]?.Day ?? "";
            if (!dayOf.TryGetValue(day, out var d))
            {
                d = dayNames.Count;
                dayOf[day] = d;
                dayNames.Add(day);
                daySlots.Add([]);
            }
            slotDay[s] = d;
            slotBit[s] = daySlots[d].Count;
            daySlots[d].Add(s);
            if (daySlots[d].Count == 65)
                errors.Add($"slots[{s}] \"{slots[s]?.Id}\": day \"{day}\" has more than 64 slots, which is not supported");
        }
    }

    void ReadSessions()
    {
        IndexIds("sessions", sessions.Select(k => k?.Id).ToList(), errors);
        for (var k = 0; k < sessions.Count; k++)
        {
            var spec = sessions[k] ?? new SessionSpec();
            var what = $"sessions[{k}] {Quote(spec.Id)}";
            if (spec.MaxMeetings is not { } max || max < 0)
                errors.Add($"{what}: maxMeetings must be a non-negative number, found {(spec.MaxMeetings?.ToString() ?? "none")}");
            sessionMax[k] = spec.MaxMeetings ?? 0;
            foreach (var id in spec.Slots ?? [])
            {
                if (id is null || !slotIndex.TryGetValue(id, out var s))
                    errors.Add($"{what}: slot {Quote(id)} is not listed in slots");
                else if (slotSession[s] >= 0)
                    errors.Add($"{what}: slot \"{id}\" is already in session {Quote(sessions[slotSession[s]]?.Id)}; a slot belongs to one session");
                else
                    slotSession[s] = k;
            }
        }
    }

    void ReadLocations()
    {
        for (var l = 0; l < locations.Count; l++)
        {
            var kind = locations[l]?.Kind;
            if (kind == "table") isTable[l] = true;
            else if (kind != "virtual")
                errors.Add($"locations[{l}] \"{locations[l]?.Id}\": kind must be \"table\" or \"virtual\", found {Quote(kind)}");
        }
    }

    void ReadParticipants()
    {
        for (var p = 0; p < participants.Count; p++)
        {
            var spec = participants[p] ?? new ParticipantSpec();
            var what = $"participants[{p}] {Quote(spec.Id)}";
            participantLanguages[p] = LanguageMask(what, spec.Languages);
            Availability(what, spec.Unavailable).CopyTo(participantAvailable, p * days);
            participantMax[p] = spec.MaxMeetings ?? int.MaxValue;
            if (participantMax[p] < 0) errors.Add($"{what}: maxMeetings must not be negative");
        }
    }

    void ReadInterpreters()
    {
        for (var i = 0; i < interpreters.Count; i++)
        {
            var spec = interpreters[i] ?? new InterpreterSpec();
            var what = $"interpreters[{i}] {Quote(spec.Id)}";
            interpreterLanguages[i] = LanguageMask(what, spec.Languages);
            Availability(what, spec.Unavailable).CopyTo(interpreterAvailable, i * days);
            interpreterMax[i] = spec.MaxMeetings ?? int.MaxValue;
            if (interpreterMax[i] < 0) errors.Add($"{what}: maxMeetings must not be negative");
        }
    }

    ulong LanguageMask(string what, IEnumerable<string>? names)
    {
        ulong mask = 0;
        foreach (var name in names ?? [])
        {
            if (string.IsNullOrWhiteSpace(name)) { errors.Add($"{what}: empty language code"); continue; }
            if (!languages.TryGetValue(name, out var bit))
            {
                bit = languages.Count;
                if (bit >= 64) { errors.Add($"{what}: more than 64 distinct languages are not supported"); continue; }
                languages[name] = bit;
            }
            mask |= 1UL << bit;
        }
        return mask;
    }

    ulong[] Availability(string what, List<string>? unavailable)
    {
        var words = (ulong[])fullDay.Clone();
        foreach (var id in unavailable ?? [])
        {
            if (id is null || !slotIndex.TryGetValue(id, out var s))
                errors.Add($"{what}: unavailable slot {Quote(id)} is not listed in slots");
            else
                words[slotDay[s]] &= ~(1UL << slotBit[s]);
        }
        return words;
    }

    void ReadMeetings()
    {
        for (var m = 0; m < meetings.Count; m++)
        {
            var spec = meetings[m] ?? new MeetingSpec();
            var what = $"meetings[{m}] {Quote(spec.Id)}";
            meetingParticipants[m] = MeetingParticipants(what, spec);

            weight[m] = spec.Weight ?? 1;
            if (!double.IsFinite(weight[m]) || weight[m] < 0)
                errors.Add($"{what}: weight must be a non-negative number, found {spec.Weight}");

            onsite[m] = spec.Mode is null or "onsite";
            if (spec.Mode is not (null or "onsite" or "virtual"))
                errors.Add($"{what}: mode must be \"onsite\" or \"virtual\", found \"{spec.Mode}\"");

            if (spec.AllowedSlots is null)
                fullDay.CopyTo(allowed, m * days);
            else
                foreach (var id in spec.AllowedSlots)
                {
                    if (id is null || !slotIndex.TryGetValue(id, out var s))
                        errors.Add($"{what}: allowed slot {Quote(id)} is not listed in slots");
                    else
                        allowed[m * days + slotDay[s]] |= 1UL << slotBit[s];
                }

            isFixed[m] = spec.Fixed is not null;
            if (spec.Fixed is { } fix)
            {
                if (fix.Slot is null || !slotIndex.TryGetValue(fix.Slot, out var s))
                    errors.Add($"{what}: fixed slot {Quote(fix.Slot)} is not listed in slots");
                else
                    fixedSlot[m] = s;
                PinLocationAndInterpreter(m, $"{what}: fixed", fix.Location, fix.Interpreter);
            }
        }
    }

    int[] MeetingParticipants(string what, MeetingSpec spec)
    {
        var parts = new List<int>();
        foreach (var id in spec.Participants ?? [])
        {
            if (id is null || !participantIndex.TryGetValue(id, out var p))
                errors.Add($"{what}: participant {Quote(id)} is not listed in participants");
            else if (parts.Contains(p))
                errors.Add($"{what}: participant \"{id}\" is listed twice");
            else
                parts.Add(p);
        }
        if ((spec.Participants?.Distinct().Count() ?? 0) < 2)
            errors.Add($"{what}: a meeting needs at least two participants, found {spec.Participants?.Distinct().Count() ?? 0}");
        return [.. parts];
    }

    /// <summary>The location and interpreter a fixed meeting or a kept assignment names; <paramref name="what"/>
    /// ends with how the error names them ("meetings[3] \"m4\": fixed", "kept assignment of meeting \"m4\":").</summary>
    void PinLocationAndInterpreter(int m, string what, string? location, string? interpreter)
    {
        if (location is not null)
        {
            if (!locationIndex.TryGetValue(location, out var l))
                errors.Add($"{what} location \"{location}\" is not listed in locations");
            else
                fixedLocation[m] = l;
        }
        if (interpreter is not null)
        {
            if (!interpreterIndex.TryGetValue(interpreter, out var i))
                errors.Add($"{what} interpreter \"{interpreter}\" is not listed in interpreters");
            else
                fixedInterpreter[m] = i;
        }
    }

    /// <summary>Assignments of a previous result become fixed (slot, location and interpreter).</summary>
    void Keep(IReadOnlyList<Assignment> keep, List<string>? warnings)
    {
        foreach (var a in keep)
        {
            if (a.Meeting is null || !meetingIndex.TryGetValue(a.Meeting, out var m))
            {
                warnings?.Add($"kept result: meeting {Quote(a.Meeting)} is not in the instance any more; ignored");
                continue;
            }
            var what = $"kept assignment of meeting \"{a.Meeting}\"";
            if (a.Slot is null || !slotIndex.TryGetValue(a.Slot, out var s))
            {
                errors.Add($"{what}: slot {Quote(a.Slot)} is not listed in slots");
                continue;
            }
            if (isFixed[m] && fixedSlot[m] >= 0 && fixedSlot[m] != s)
                errors.Add($"{what}: slot \"{a.Slot}\" differs from the meeting's fixed slot \"{slots[fixedSlot[m]]?.Id}\"");
            isFixed[m] = true;
            fixedSlot[m] = s;
            PinLocationAndInterpreter(m, $"{what}:", a.Location, a.Interpreter);
        }
    }

    Problem Build()
    {
        var tables = Enumerable.Range(0, locations.Count).Where(l => isTable[l]).ToArray();
        var virtuals = Enumerable.Range(0, locations.Count).Where(l => !isTable[l]).ToArray();
        var needs = new bool[meetings.Count];
        var candidates = new int[meetings.Count][];
        var feasible = new ulong[meetings.Count * days];
        for (var m = 0; m < meetings.Count; m++)
        {
            ulong common = ulong.MaxValue;
            foreach (var p in meetingParticipants[m]) common &= participantLanguages[p];
            needs[m] = common == 0;
            candidates[m] = needs[m] ? CandidateInterpreters(m) : [];
            var hasLocation = onsite[m] ? tables.Length > 0 : virtuals.Length > 0;
            for (var d = 0; d < days; d++)
                feasible[m * days + d] = hasLocation ? FeasibleWord(m, d, candidates[m], needs[m]) : 0;
        }

        return new Problem
        {
            Source = instance,
            SlotIds = slots.Select(s => s!.Id!).ToArray(),
            SlotDay = slotDay,
            SlotBit = slotBit,
            DaySlots = daySlots.Select(l => l.ToArray()).ToArray(),
            DayNames = [.. dayNames],
            LocationIds = locations.Select(l => l!.Id!).ToArray(),
            LocationIsTable = isTable,
            Tables = tables,
            VirtualLocations = virtuals,
            ParticipantIds = participants.Select(p => p!.Id!).ToArray(),
            ParticipantMax = participantMax,
            ParticipantAvailable = participantAvailable,
            ParticipantLanguages = participantLanguages,
            MeetingsOfParticipant = MeetingsOfParticipant(),
            InterpreterIds = interpreters.Select(i => i!.Id!).ToArray(),
            InterpreterLanguages = interpreterLanguages,
            InterpreterMax = interpreterMax,
            InterpreterAvailable = interpreterAvailable,
            SlotSession = slotSession,
            SessionMax = sessionMax,
            SessionIds = sessions.Select(k => k!.Id!).ToArray(),
            MeetingIds = meetings.Select(m => m!.Id!).ToArray(),
            MeetingParticipants = meetingParticipants,
            Weight = weight,
            Onsite = onsite,
            NeedsInterpreter = needs,
            CandidateInterpreters = candidates,
            MeetingAllowed = allowed,
            MeetingFeasible = feasible,
            IsFixed = isFixed,
            FixedSlot = fixedSlot,
            FixedLocation = fixedLocation,
            FixedInterpreter = fixedInterpreter,
            SlotIndex = slotIndex,
            LocationIndex = locationIndex,
            ParticipantIndex = participantIndex,
            InterpreterIndex = interpreterIndex,
            MeetingIndex = meetingIndex,
        };
    }

    int[][] MeetingsOfParticipant()
    {
        var meetingsOf = new List<int>[participants.Count];
        for (var p = 0; p < participants.Count; p++) meetingsOf[p] = [];
        for (var m = 0; m < meetings.Count; m++)
            foreach (var p in meetingParticipants[m]) meetingsOf[p].Add(m);
        return meetingsOf.Select(l => l.ToArray()).ToArray();
    }

    /// <summary>Interpreters who take meetings and speak a language of every participant of meeting m.</summary>
    int[] CandidateInterpreters(int m)
    {
        var candidates = new List<int>();
        for (var i = 0; i < interpreters.Count; i++)
        {
            var ok = interpreterMax[i] > 0;
            foreach (var p in meetingParticipants[m]) ok &= (interpreterLanguages[i] & participantLanguages[p]) != 0;
            if (ok) candidates.Add(i);
        }
        return [.. candidates];
    }

    /// <summary>Slots of day d where meeting m is allowed, every participant is available and takes meetings, a
    /// candidate interpreter is available if one is needed, and the slot's session takes meetings at all.</summary>
    ulong FeasibleWord(int m, int d, int[] candidates, bool needsInterpreter)
    {
        var w = allowed[m * days + d];
        foreach (var p in meetingParticipants[m]) w &= participantAvailable[p * days + d];
        if (needsInterpreter)
        {
            ulong any = 0;
            foreach (var i in candidates) any |= interpreterAvailable[i * days + d];
            w &= any;
        }
        if (meetingParticipants[m].Any(p => participantMax[p] == 0)) w = 0;
        foreach (var s in daySlots[d])
            if (slotSession[s] >= 0 && sessionMax[slotSession[s]] == 0)
                w &= ~(1UL << slotBit[s]);
        return w;
    }

    static Dictionary<string, int> IndexIds(string list, List<string?> ids, List<string> errors)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < ids.Count; k++)
        {
            var id = ids[k];
            if (string.IsNullOrWhiteSpace(id))
                errors.Add($"{list}[{k}]: id is missing");
            else if (!index.TryAdd(id, k))
                errors.Add($"{list}[{k}]: duplicate id \"{id}\" (first at {list}[{index[id]}])");
        }
        return index;
    }

    internal static string Quote(string? s) => s is null ? "(none)" : $"\"{s}\"";
}
