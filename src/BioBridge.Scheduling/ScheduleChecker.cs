namespace BioBridge.Scheduling;

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
        if (result.Format is { } f && f != ScheduleJson.ResultFormat)
            v.Add($"format: expected \"{ScheduleJson.ResultFormat}\", found \"{f}\"");
        var placed = Read(pr, result, v);
        var bookings = new Bookings(pr);
        // A cap is reported once, when it is first exceeded.
        var capsReported = new HashSet<RuleBreak>();
        for (var m = 0; m < pr.MeetingCount; m++)
        {
            var s = placed.Slot[m];
            if (s < 0)
            {
                if (pr.IsFixed[m] && !placed.Seen[m])
                    v.Add($"meeting \"{pr.MeetingIds[m]}\" is fixed at slot \"{pr.SlotIds[pr.FixedSlot[m]]}\" but not scheduled");
                continue;
            }
            CheckFixed(pr, m, s, placed.Location[m], v);
            foreach (var b in bookings.Breaks(m, s, placed.Location[m], placed.Interpreter[m]))
                if (b.Rule is not (PlacementRule.ParticipantFull or PlacementRule.SessionFull or PlacementRule.InterpreterFull) || capsReported.Add(b))
                    v.Add(Describe(pr, m, s, b));
            bookings.Book(m, s, placed.Location[m], placed.Interpreter[m]);
        }
        return new CheckReport(v.Count == 0, v, ScheduleFigures.Compute(pr, placed.Slot));
    }

    /// <summary>The result's assignments by meeting index (-1 where none), with what does not name the instance.</summary>
    static (int[] Slot, int[] Location, int[] Interpreter, bool[] Seen) Read(Problem pr, ScheduleResult result, List<string> v)
    {
        var slot = new int[pr.MeetingCount];
        var location = new int[pr.MeetingCount];
        var interpreter = new int[pr.MeetingCount];
        var seen = new bool[pr.MeetingCount];
        Array.Fill(slot, -1);
        Array.Fill(location, -1);
        Array.Fill(interpreter, -1);
        var assignments = result.Assignments ?? [];
        for (var k = 0; k < assignments.Count; k++)
        {
            var a = assignments[k];
            if (a?.Meeting is null || !pr.MeetingIndex.TryGetValue(a.Meeting, out var m))
            {
                v.Add($"assignments[{k}]: meeting {ProblemCompiler.Quote(a?.Meeting)} is not in the instance");
                continue;
            }
            var what = $"meeting \"{a.Meeting}\"";
            if (seen[m])
            {
                v.Add($"{what} is assigned more than once (assignments[{k}])");
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
            if (a.Interpreter is not null && !pr.InterpreterIndex.TryGetValue(a.Interpreter, out interpreter[m]))
            {
                interpreter[m] = -1;
                v.Add($"{what}: interpreter \"{a.Interpreter}\" is not in the instance");
            }
        }
        foreach (var id in result.Unscheduled ?? [])
        {
            if (id is null || !pr.MeetingIndex.TryGetValue(id, out var m))
                v.Add($"unscheduled: meeting {ProblemCompiler.Quote(id)} is not in the instance");
            else if (slot[m] >= 0)
                v.Add($"meeting \"{id}\" is both assigned and listed as unscheduled");
        }
        return (slot, location, interpreter, seen);
    }

    static void CheckFixed(Problem pr, int m, int s, int l, List<string> v)
    {
        if (!pr.IsFixed[m])
            return;
        var what = $"meeting \"{pr.MeetingIds[m]}\"";
        if (pr.FixedSlot[m] != s)
            v.Add($"{what} is fixed at slot \"{pr.SlotIds[pr.FixedSlot[m]]}\" but placed at \"{pr.SlotIds[s]}\"");
        var fl = pr.FixedLocation[m];
        if (fl >= 0 && l >= 0 && fl != l)
            v.Add($"{what} is fixed at location \"{pr.LocationIds[fl]}\" but placed at \"{pr.LocationIds[l]}\"");
    }

    static string Describe(Problem pr, int m, int s, RuleBreak b)
    {
        var what = $"meeting \"{pr.MeetingIds[m]}\"";
        var slot = pr.SlotIds[s];
        var both = b.Other >= 0 ? $"\"{pr.MeetingIds[b.Other]}\" and \"{pr.MeetingIds[m]}\"" : "";
        return b.Rule switch
        {
            PlacementRule.SlotNotAllowed => $"{what}: slot \"{slot}\" is not among its allowedSlots",
            PlacementRule.ParticipantUnavailable => $"{what}: participant \"{pr.ParticipantIds[b.Subject]}\" is unavailable at slot \"{slot}\"",
            PlacementRule.ParticipantBusy => $"participant \"{pr.ParticipantIds[b.Subject]}\" is in two meetings at slot \"{slot}\": {both}",
            PlacementRule.ParticipantFull => $"participant \"{pr.ParticipantIds[b.Subject]}\" is in more than maxMeetings ({pr.ParticipantMax[b.Subject]}) meetings",
            PlacementRule.SessionFull =>
                $"participant \"{pr.ParticipantIds[b.Subject]}\" is in more than the maxMeetings ({pr.SessionMax[b.Other]}) of session \"{pr.SessionIds[b.Other]}\"",
            PlacementRule.WrongLocationKind => pr.Onsite[m]
                ? $"{what} is onsite but location \"{pr.LocationIds[b.Subject]}\" is not a table"
                : $"{what} is virtual but location \"{pr.LocationIds[b.Subject]}\" is a table",
            PlacementRule.TableTaken => $"table \"{pr.LocationIds[b.Subject]}\" hosts two meetings at slot \"{slot}\": {both}",
            PlacementRule.InterpreterNeeded => $"{what}: its participants share no language and it has no interpreter",
            PlacementRule.InterpreterLanguages =>
                $"{what}: interpreter \"{pr.InterpreterIds[b.Subject]}\" speaks no language of participant \"{pr.ParticipantIds[b.Other]}\"",
            PlacementRule.InterpreterUnavailable => $"{what}: interpreter \"{pr.InterpreterIds[b.Subject]}\" is unavailable at slot \"{slot}\"",
            PlacementRule.InterpreterBusy => $"interpreter \"{pr.InterpreterIds[b.Subject]}\" is in two meetings at slot \"{slot}\": {both}",
            PlacementRule.InterpreterFull => $"interpreter \"{pr.InterpreterIds[b.Subject]}\" is in more than maxMeetings ({pr.InterpreterMax[b.Subject]}) meetings",
            _ => throw new ArgumentOutOfRangeException(nameof(b), b.Rule, null),
        };
    }

    internal static CheckReport Check(Problem pr, Solution solution) => Check(pr, solution.ToResult(pr));
}
