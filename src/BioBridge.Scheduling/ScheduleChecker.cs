namespace BioBridge.Scheduling;

public sealed record CheckReport(bool Feasible, IReadOnlyList<string> Violations, ScheduleFigures Figures);

/// <summary>
/// Verifies a result against every feasibility rule of docs/contracts.md section 3 and computes its objectives.
/// It reads the result by ids and trusts nothing in it; the solvers' own output goes through it before it is written.
/// </summary>
public static class ScheduleChecker
{
    /// <summary>Checks a result against an instance; returns null with errors when the instance itself is invalid.</summary>
    public static CheckReport? Check(ScheduleInstance instance, ScheduleResult result, List<string> instanceErrors)
    {
        var problem = ProblemCompiler.Compile(instance, instanceErrors);
        return problem is null ? null : Check(problem, result);
    }

    internal static CheckReport Check(Problem pr, ScheduleResult result)
    {
        var v = new List<string>();
        var S = pr.SlotCount;
        var slot = new int[pr.MeetingCount];
        var location = new int[pr.MeetingCount];
        var interpreter = new int[pr.MeetingCount];
        Array.Fill(slot, -1);
        Array.Fill(location, -1);
        Array.Fill(interpreter, -1);

        if (result.Format is { } f && f != ScheduleJson.ResultFormat)
            v.Add($"format: expected \"{ScheduleJson.ResultFormat}\", found \"{f}\"");

        var seen = new bool[pr.MeetingCount];
        var assignments = result.Assignments ?? [];
        for (var k = 0; k < assignments.Count; k++)
        {
            var a = assignments[k];
            var at = $"assignments[{k}]";
            if (a?.Meeting is null || !pr.MeetingIndex.TryGetValue(a.Meeting, out var m))
            {
                v.Add($"{at}: meeting {ProblemCompiler.Quote(a?.Meeting)} is not in the instance");
                continue;
            }
            var what = $"meeting \"{a.Meeting}\"";
            if (seen[m])
            {
                v.Add($"{what} is assigned more than once ({at})");
                continue;
            }
            seen[m] = true;
            if (a.Slot is null || !pr.SlotIndex.TryGetValue(a.Slot, out var s))
            {
                v.Add($"{what}: slot {ProblemCompiler.Quote(a.Slot)} is not in the instance");
                continue;
            }
            slot[m] = s;
            if (a.Location is null)
                v.Add($"{what}: has no location");
            else if (!pr.LocationIndex.TryGetValue(a.Location, out var l))
                v.Add($"{what}: location \"{a.Location}\" is not in the instance");
            else
                location[m] = l;
            if (a.Interpreter is not null)
            {
                if (!pr.InterpreterIndex.TryGetValue(a.Interpreter, out var i))
                    v.Add($"{what}: interpreter \"{a.Interpreter}\" is not in the instance");
                else
                    interpreter[m] = i;
            }
        }
        foreach (var id in result.Unscheduled ?? [])
        {
            if (id is null || !pr.MeetingIndex.TryGetValue(id, out var m))
                v.Add($"unscheduled: meeting {ProblemCompiler.Quote(id)} is not in the instance");
            else if (slot[m] >= 0)
                v.Add($"meeting \"{id}\" is both assigned and listed as unscheduled");
        }

        var participantAt = new int[pr.ParticipantCount * S];
        var interpreterAt = new int[pr.InterpreterCount * S];
        var tableAt = new Dictionary<(int L, int S), int>();
        Array.Fill(participantAt, -1);
        Array.Fill(interpreterAt, -1);
        var participantCount = new int[pr.ParticipantCount];
        var sessionCount = new int[pr.ParticipantCount * pr.SessionCount];
        var interpreterCount = new int[pr.InterpreterCount];

        for (var m = 0; m < pr.MeetingCount; m++)
        {
            var what = $"meeting \"{pr.MeetingIds[m]}\"";
            var s = slot[m];
            if (s < 0)
            {
                if (pr.IsFixed[m] && !seen[m])
                    v.Add($"{what} is fixed at slot \"{pr.SlotIds[pr.FixedSlot[m]]}\" but not scheduled");
                continue;
            }
            var slotId = pr.SlotIds[s];
            if (!pr.MeetingAllowedAt(m, s))
                v.Add($"{what}: slot \"{slotId}\" is not among its allowedSlots");
            if (pr.IsFixed[m])
            {
                if (pr.FixedSlot[m] != s)
                    v.Add($"{what} is fixed at slot \"{pr.SlotIds[pr.FixedSlot[m]]}\" but placed at \"{slotId}\"");
                var fl = pr.FixedLocation[m];
                if (fl >= 0 && location[m] >= 0 && fl != location[m])
                    v.Add($"{what} is fixed at location \"{pr.LocationIds[fl]}\" but placed at \"{pr.LocationIds[location[m]]}\"");
            }
            foreach (var p in pr.MeetingParticipants[m])
            {
                var pid = pr.ParticipantIds[p];
                if (!pr.ParticipantAvailableAt(p, s))
                    v.Add($"{what}: participant \"{pid}\" is unavailable at slot \"{slotId}\"");
                var other = participantAt[p * S + s];
                if (other >= 0)
                    v.Add($"participant \"{pid}\" is in two meetings at slot \"{slotId}\": \"{pr.MeetingIds[other]}\" and \"{pr.MeetingIds[m]}\"");
                else
                    participantAt[p * S + s] = m;
                if (++participantCount[p] == pr.ParticipantMax[p] + 1)
                    v.Add($"participant \"{pid}\" is in more than maxMeetings ({pr.ParticipantMax[p]}) meetings");
                if (pr.SlotSession[s] is var k and >= 0 && ++sessionCount[p * pr.SessionCount + k] == pr.SessionMax[k] + 1)
                    v.Add($"participant \"{pid}\" is in more than the maxMeetings ({pr.SessionMax[k]}) of session \"{pr.SessionIds[k]}\"");
            }

            var l = location[m];
            if (l >= 0)
            {
                if (pr.Onsite[m] && !pr.LocationIsTable[l])
                    v.Add($"{what} is onsite but location \"{pr.LocationIds[l]}\" is not a table");
                else if (!pr.Onsite[m] && pr.LocationIsTable[l])
                    v.Add($"{what} is virtual but location \"{pr.LocationIds[l]}\" is a table");
                if (pr.LocationIsTable[l] && !tableAt.TryAdd((l, s), m))
                    v.Add($"table \"{pr.LocationIds[l]}\" hosts two meetings at slot \"{slotId}\": \"{pr.MeetingIds[tableAt[(l, s)]]}\" and \"{pr.MeetingIds[m]}\"");
            }

            var i = interpreter[m];
            if (i < 0)
            {
                if (pr.NeedsInterpreter[m])
                    v.Add($"{what}: its participants share no language and it has no interpreter");
                continue;
            }
            var iid = pr.InterpreterIds[i];
            foreach (var p in pr.MeetingParticipants[m])
                if ((pr.InterpreterLanguages[i] & pr.ParticipantLanguages[p]) == 0)
                    v.Add($"{what}: interpreter \"{iid}\" speaks no language of participant \"{pr.ParticipantIds[p]}\"");
            if (!pr.InterpreterAvailableAt(i, s))
                v.Add($"{what}: interpreter \"{iid}\" is unavailable at slot \"{slotId}\"");
            var busyWith = interpreterAt[i * S + s];
            if (busyWith >= 0)
                v.Add($"interpreter \"{iid}\" is in two meetings at slot \"{slotId}\": \"{pr.MeetingIds[busyWith]}\" and \"{pr.MeetingIds[m]}\"");
            else
                interpreterAt[i * S + s] = m;
            if (++interpreterCount[i] == pr.InterpreterMax[i] + 1)
                v.Add($"interpreter \"{iid}\" is in more than maxMeetings ({pr.InterpreterMax[i]}) meetings");
        }

        return new CheckReport(v.Count == 0, v, ScheduleFigures.Compute(pr, slot));
    }

    internal static CheckReport Check(Problem pr, Solution solution) => Check(pr, solution.ToResult(pr));
}
