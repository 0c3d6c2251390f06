namespace BioBridge.Scheduling;

/// <summary>
/// Validates an instance and compiles it to a <see cref="Problem"/>. Every problem found is reported (with the
/// list path and the id), and nothing is compiled when there is any: a bad instance is never half-solved.
/// </summary>
static class ProblemCompiler
{
    public static Problem? Compile(ScheduleInstance instance, List<string> errors, IReadOnlyList<Assignment>? keep = null, List<string>? warnings = null)
    {
        var before = errors.Count;
        if (instance.Format is { } format && format != ScheduleJson.InstanceFormat)
            errors.Add($"format: expected \"{ScheduleJson.InstanceFormat}\", found \"{format}\"");

        var slots = instance.Slots ?? [];
        var locations = instance.Locations ?? [];
        var participants = instance.Participants ?? [];
        var interpreters = instance.Interpreters ?? [];
        var meetings = instance.Meetings ?? [];

        var slotIndex = IndexIds("slots", slots.Select(s => s?.Id).ToList(), errors);
        var locationIndex = IndexIds("locations", locations.Select(l => l?.Id).ToList(), errors);
        var participantIndex = IndexIds("participants", participants.Select(p => p?.Id).ToList(), errors);
        var interpreterIndex = IndexIds("interpreters", interpreters.Select(i => i?.Id).ToList(), errors);
        var meetingIndex = IndexIds("meetings", meetings.Select(m => m?.Id).ToList(), errors);

        // Days in order of first appearance; a day's slots in list order.
        var dayNames = new List<string>();
        var dayOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var daySlots = new List<List<int>>();
        var slotDay = new int[slots.Count];
        var slotBit = new int[slots.Count];
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
        var D = dayNames.Count;
        var fullDay = new ulong[D];
        for (var d = 0; d < D; d++)
            fullDay[d] = daySlots[d].Count >= 64 ? ulong.MaxValue : (1UL << daySlots[d].Count) - 1;

        var sessions = instance.Sessions ?? [];
        var sessionIndex = IndexIds("sessions", sessions.Select(k => k?.Id).ToList(), errors);
        var slotSession = new int[slots.Count];
        Array.Fill(slotSession, -1);
        var sessionMax = new int[sessions.Count];
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

        var isTable = new bool[locations.Count];
        for (var l = 0; l < locations.Count; l++)
        {
            var kind = locations[l]?.Kind;
            if (kind == "table") isTable[l] = true;
            else if (kind != "virtual")
                errors.Add($"locations[{l}] \"{locations[l]?.Id}\": kind must be \"table\" or \"virtual\", found {Quote(kind)}");
        }

        var languages = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
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

        var P = participants.Count;
        var pMax = new int[P];
        var pAvail = new ulong[P * D];
        var pLang = new ulong[P];
        for (var p = 0; p < P; p++)
        {
            var spec = participants[p] ?? new ParticipantSpec();
            var what = $"participants[{p}] {Quote(spec.Id)}";
            pLang[p] = LanguageMask(what, spec.Languages);
            Availability(what, spec.Unavailable).CopyTo(pAvail, p * D);
            pMax[p] = spec.MaxMeetings ?? int.MaxValue;
            if (pMax[p] < 0) errors.Add($"{what}: maxMeetings must not be negative");
        }

        var I = interpreters.Count;
        var iMax = new int[I];
        var iAvail = new ulong[I * D];
        var iLang = new ulong[I];
        for (var i = 0; i < I; i++)
        {
            var spec = interpreters[i] ?? new InterpreterSpec();
            var what = $"interpreters[{i}] {Quote(spec.Id)}";
            iLang[i] = LanguageMask(what, spec.Languages);
            Availability(what, spec.Unavailable).CopyTo(iAvail, i * D);
            iMax[i] = spec.MaxMeetings ?? int.MaxValue;
            if (iMax[i] < 0) errors.Add($"{what}: maxMeetings must not be negative");
        }

        var M = meetings.Count;
        var mParts = new int[M][];
        var weight = new double[M];
        var onsite = new bool[M];
        var allowed = new ulong[M * D];
        var fixedSlot = new int[M];
        var fixedLocation = new int[M];
        var fixedInterpreter = new int[M];
        Array.Fill(fixedSlot, -1);
        Array.Fill(fixedLocation, -1);
        Array.Fill(fixedInterpreter, -1);
        for (var m = 0; m < M; m++)
        {
            var spec = meetings[m] ?? new MeetingSpec();
            var what = $"meetings[{m}] {Quote(spec.Id)}";
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
            mParts[m] = [.. parts];

            weight[m] = spec.Weight ?? 1;
            if (!double.IsFinite(weight[m]) || weight[m] < 0)
                errors.Add($"{what}: weight must be a non-negative number, found {spec.Weight}");

            onsite[m] = spec.Mode is null or "onsite";
            if (spec.Mode is not (null or "onsite" or "virtual"))
                errors.Add($"{what}: mode must be \"onsite\" or \"virtual\", found \"{spec.Mode}\"");

            if (spec.AllowedSlots is null)
                fullDay.CopyTo(allowed, m * D);
            else
                foreach (var id in spec.AllowedSlots)
                {
                    if (id is null || !slotIndex.TryGetValue(id, out var s))
                        errors.Add($"{what}: allowed slot {Quote(id)} is not listed in slots");
                    else
                        allowed[m * D + slotDay[s]] |= 1UL << slotBit[s];
                }

            if (spec.Fixed is { } fix)
            {
                if (fix.Slot is null || !slotIndex.TryGetValue(fix.Slot, out var s))
                    errors.Add($"{what}: fixed slot {Quote(fix.Slot)} is not listed in slots");
                else
                    fixedSlot[m] = s;
                if (fix.Location is not null)
                {
                    if (!locationIndex.TryGetValue(fix.Location, out var l))
                        errors.Add($"{what}: fixed location \"{fix.Location}\" is not listed in locations");
                    else
                        fixedLocation[m] = l;
                }
                if (fix.Interpreter is not null)
                {
                    if (!interpreterIndex.TryGetValue(fix.Interpreter, out var i))
                        errors.Add($"{what}: fixed interpreter \"{fix.Interpreter}\" is not listed in interpreters");
                    else
                        fixedInterpreter[m] = i;
                }
            }
        }

        var isFixed = new bool[M];
        for (var m = 0; m < M; m++) isFixed[m] = meetings[m]?.Fixed is not null;

        // Assignments of a previous result become fixed (slot, location and interpreter).
        foreach (var a in keep ?? [])
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
            if (a.Location is not null)
            {
                if (!locationIndex.TryGetValue(a.Location, out var l))
                    errors.Add($"{what}: location \"{a.Location}\" is not listed in locations");
                else
                    fixedLocation[m] = l;
            }
            if (a.Interpreter is not null)
            {
                if (!interpreterIndex.TryGetValue(a.Interpreter, out var i))
                    errors.Add($"{what}: interpreter \"{a.Interpreter}\" is not listed in interpreters");
                else
                    fixedInterpreter[m] = i;
            }
        }

        if (errors.Count > before)
            return null;

        var meetingsOf = new List<int>[P];
        for (var p = 0; p < P; p++) meetingsOf[p] = [];
        for (var m = 0; m < M; m++)
            foreach (var p in mParts[m]) meetingsOf[p].Add(m);

        var tables = Enumerable.Range(0, locations.Count).Where(l => isTable[l]).ToArray();
        var virtuals = Enumerable.Range(0, locations.Count).Where(l => !isTable[l]).ToArray();

        var needs = new bool[M];
        var candidates = new int[M][];
        var feasible = new ulong[M * D];
        for (var m = 0; m < M; m++)
        {
            ulong common = ulong.MaxValue;
            foreach (var p in mParts[m]) common &= pLang[p];
            needs[m] = common == 0;
            var cands = new List<int>();
            if (needs[m])
                for (var i = 0; i < I; i++)
                {
                    var ok = iMax[i] > 0;
                    foreach (var p in mParts[m]) ok &= (iLang[i] & pLang[p]) != 0;
                    if (ok) cands.Add(i);
                }
            candidates[m] = [.. cands];
            var hasLocation = onsite[m] ? tables.Length > 0 : virtuals.Length > 0;
            for (var d = 0; d < D; d++)
            {
                var w = hasLocation ? allowed[m * D + d] : 0;
                foreach (var p in mParts[m]) w &= pAvail[p * D + d];
                if (needs[m])
                {
                    ulong any = 0;
                    foreach (var i in cands) any |= iAvail[i * D + d];
                    w &= any;
                }
                if (mParts[m].Any(p => pMax[p] == 0)) w = 0;
                foreach (var s in daySlots[d])
                    if (slotSession[s] >= 0 && sessionMax[slotSession[s]] == 0)
                        w &= ~(1UL << slotBit[s]);
                feasible[m * D + d] = w;
            }
        }

        var problem = new Problem
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
            ParticipantMax = pMax,
            ParticipantAvailable = pAvail,
            ParticipantLanguages = pLang,
            MeetingsOfParticipant = meetingsOf.Select(l => l.ToArray()).ToArray(),
            InterpreterIds = interpreters.Select(i => i!.Id!).ToArray(),
            InterpreterLanguages = iLang,
            InterpreterMax = iMax,
            InterpreterAvailable = iAvail,
            SlotSession = slotSession,
            SessionMax = sessionMax,
            SessionIds = sessions.Select(k => k!.Id!).ToArray(),
            MeetingIds = meetings.Select(m => m!.Id!).ToArray(),
            MeetingParticipants = mParts,
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

        FixedPlacement.Place(problem, errors);
        return errors.Count > before ? null : problem;
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
