namespace BioBridge.Scheduling;

/// <summary>
/// Checks that the fixed (and kept) meetings can all be held together, and picks an interpreter for each fixed
/// meeting that needs one but names none. Fixed meetings never move afterwards, so the chosen interpreter stays.
/// </summary>
static class FixedPlacement
{
    public static void Place(Problem pr, List<string> errors)
    {
        var fixedMeetings = Enumerable.Range(0, pr.MeetingCount).Where(m => pr.IsFixed[m]).ToList();
        if (fixedMeetings.Count == 0) return;
        var interpreterAt = new Dictionary<(int I, int S), int>();
        var interpreterCount = new int[pr.InterpreterCount];
        CheckTogether(pr, fixedMeetings, interpreterAt, interpreterCount, errors);
        MatchInterpreters(pr, fixedMeetings, interpreterAt, interpreterCount, errors);
    }

    /// <summary>Every rule the fixed meetings break among themselves; books the interpreters they name.</summary>
    static void CheckTogether(Problem pr, List<int> fixedMeetings, Dictionary<(int I, int S), int> interpreterAt, int[] interpreterCount,
        List<string> errors)
    {
        var participantAt = new Dictionary<(int P, int S), int>();
        var participantCount = new int[pr.ParticipantCount];
        var sessionCount = new Dictionary<(int P, int Session), int>();
        var tableAt = new Dictionary<(int L, int S), int>();
        var onsitePerSlot = new int[pr.SlotCount];
        foreach (var m in fixedMeetings)
        {
            var what = $"fixed meeting \"{pr.MeetingIds[m]}\"";
            var s = pr.FixedSlot[m];
            if (s < 0) { errors.Add($"{what}: no fixed slot"); continue; }
            var slot = pr.SlotIds[s];
            if (!pr.MeetingAllowedAt(m, s))
                errors.Add($"{what}: slot \"{slot}\" is not among its allowedSlots");
            foreach (var p in pr.MeetingParticipants[m])
            {
                if (!pr.ParticipantAvailableAt(p, s))
                    errors.Add($"{what}: participant \"{pr.ParticipantIds[p]}\" is unavailable at slot \"{slot}\"");
                if (participantAt.TryGetValue((p, s), out var other))
                    errors.Add($"{what}: participant \"{pr.ParticipantIds[p]}\" is also in fixed meeting \"{pr.MeetingIds[other]}\" at slot \"{slot}\"");
                else
                    participantAt[(p, s)] = m;
                if (++participantCount[p] == pr.ParticipantMax[p] + 1)
                    errors.Add($"{what}: participant \"{pr.ParticipantIds[p]}\" has more fixed meetings than maxMeetings ({pr.ParticipantMax[p]})");
                if (pr.SlotSession[s] is var k and >= 0
                    && (sessionCount[(p, k)] = sessionCount.GetValueOrDefault((p, k)) + 1) == pr.SessionMax[k] + 1)
                    errors.Add($"{what}: participant \"{pr.ParticipantIds[p]}\" has more fixed meetings in session \"{pr.SessionIds[k]}\" than its maxMeetings ({pr.SessionMax[k]})");
            }

            var l = pr.FixedLocation[m];
            if (l >= 0)
            {
                if (pr.LocationIsTable[l] != pr.Onsite[m])
                    errors.Add($"{what}: location \"{pr.LocationIds[l]}\" is a {(pr.LocationIsTable[l] ? "table" : "virtual location")} but the meeting is {(pr.Onsite[m] ? "onsite" : "virtual")}");
                else if (pr.LocationIsTable[l] && !tableAt.TryAdd((l, s), m))
                    errors.Add($"{what}: table \"{pr.LocationIds[l]}\" is also taken by fixed meeting \"{pr.MeetingIds[tableAt[(l, s)]]}\" at slot \"{slot}\"");
            }
            else if (pr.Onsite[m] ? pr.TableCount == 0 : pr.VirtualLocations.Length == 0)
                errors.Add($"{what}: the instance has no {(pr.Onsite[m] ? "table" : "virtual location")} for it");
            if (pr.Onsite[m] && ++onsitePerSlot[s] == pr.TableCount + 1 && pr.TableCount > 0)
                errors.Add($"{what}: slot \"{slot}\" has more fixed onsite meetings than tables ({pr.TableCount})");

            var i = pr.FixedInterpreter[m];
            if (i >= 0)
            {
                if (!pr.InterpreterCompatible(i, m))
                    errors.Add($"{what}: interpreter \"{pr.InterpreterIds[i]}\" does not speak a language of every participant");
                if (!pr.InterpreterAvailableAt(i, s))
                    errors.Add($"{what}: interpreter \"{pr.InterpreterIds[i]}\" is unavailable at slot \"{slot}\"");
                if (!interpreterAt.TryAdd((i, s), m))
                    errors.Add($"{what}: interpreter \"{pr.InterpreterIds[i]}\" is also in fixed meeting \"{pr.MeetingIds[interpreterAt[(i, s)]]}\" at slot \"{slot}\"");
                if (++interpreterCount[i] == pr.InterpreterMax[i] + 1)
                    errors.Add($"{what}: interpreter \"{pr.InterpreterIds[i]}\" has more fixed meetings than maxMeetings ({pr.InterpreterMax[i]})");
            }
        }
    }

    /// <summary>
    /// Fixed meetings that need an interpreter and name none: a bipartite matching per slot (Kuhn's augmenting
    /// paths) over interpreters that are free then and still have capacity.
    /// </summary>
    static void MatchInterpreters(Problem pr, List<int> fixedMeetings, Dictionary<(int I, int S), int> interpreterAt, int[] interpreterCount,
        List<string> errors)
    {
        foreach (var group in fixedMeetings.Where(m => pr.FixedSlot[m] >= 0 && pr.NeedsInterpreter[m] && pr.FixedInterpreter[m] < 0)
                     .GroupBy(m => pr.FixedSlot[m]).OrderBy(g => g.Key))
        {
            var s = group.Key;
            var list = group.ToList();
            var owner = new Dictionary<int, int>();
            bool Augment(int m, HashSet<int> seen)
            {
                foreach (var i in pr.CandidateInterpreters[m])
                {
                    if (!pr.InterpreterAvailableAt(i, s) || interpreterAt.ContainsKey((i, s)) || interpreterCount[i] >= pr.InterpreterMax[i] || !seen.Add(i))
                        continue;
                    if (!owner.TryGetValue(i, out var other) || Augment(other, seen))
                    {
                        owner[i] = m;
                        return true;
                    }
                }
                return false;
            }
            foreach (var m in list)
                if (!Augment(m, []))
                    errors.Add($"fixed meeting \"{pr.MeetingIds[m]}\": its participants share no language and no interpreter speaking a language of each is free at slot \"{pr.SlotIds[s]}\"");
            foreach (var (i, m) in owner)
            {
                pr.FixedInterpreter[m] = i;
                interpreterCount[i]++;
                interpreterAt[(i, s)] = m;
            }
        }
    }
}
