namespace BioBridge.Scheduling;

/// <summary>A complete assignment in dense indices: per meeting its slot, location and interpreter (-1 = none).</summary>
sealed class Solution
{
    public Solution(int meetings)
    {
        Slot = new int[meetings];
        Location = new int[meetings];
        Interpreter = new int[meetings];
        Array.Fill(Slot, -1);
        Array.Fill(Location, -1);
        Array.Fill(Interpreter, -1);
    }

    public int[] Slot { get; }
    public int[] Location { get; }
    public int[] Interpreter { get; }

    public Solution Clone()
    {
        var c = new Solution(Slot.Length);
        Slot.CopyTo(c.Slot, 0);
        Location.CopyTo(c.Location, 0);
        Interpreter.CopyTo(c.Interpreter, 0);
        return c;
    }

    /// <summary>
    /// A solution with only slots and interpreters chosen gets its locations: tables are interchangeable, so
    /// meetings with a fixed table keep it and the others take the free tables of their slot in order.
    /// </summary>
    public static Solution WithLocations(Problem pr, int[] slot, int[] interpreter)
    {
        var sol = new Solution(pr.MeetingCount);
        slot.CopyTo(sol.Slot, 0);
        interpreter.CopyTo(sol.Interpreter, 0);
        var taken = new HashSet<(int L, int S)>();
        for (var m = 0; m < pr.MeetingCount; m++)
        {
            if (slot[m] < 0 || pr.FixedLocation[m] < 0) continue;
            sol.Location[m] = pr.FixedLocation[m];
            taken.Add((pr.FixedLocation[m], slot[m]));
        }
        var next = new int[pr.SlotCount];
        for (var m = 0; m < pr.MeetingCount; m++)
        {
            var s = slot[m];
            if (s < 0 || sol.Location[m] >= 0) continue;
            if (!pr.Onsite[m])
            {
                sol.Location[m] = pr.VirtualLocations.Length > 0 ? pr.VirtualLocations[0] : -1;
                continue;
            }
            while (next[s] < pr.TableCount && taken.Contains((pr.Tables[next[s]], s))) next[s]++;
            if (next[s] < pr.TableCount)
            {
                sol.Location[m] = pr.Tables[next[s]];
                taken.Add((pr.Tables[next[s]], s));
            }
        }
        return sol;
    }

    public ScheduleResult ToResult(Problem pr)
    {
        var result = new ScheduleResult();
        for (var m = 0; m < pr.MeetingCount; m++)
        {
            if (Slot[m] < 0)
            {
                result.Unscheduled.Add(pr.MeetingIds[m]);
                continue;
            }
            result.Assignments.Add(new Assignment
            {
                Meeting = pr.MeetingIds[m],
                Slot = pr.SlotIds[Slot[m]],
                Location = Location[m] >= 0 ? pr.LocationIds[Location[m]] : null,
                Interpreter = Interpreter[m] >= 0 ? pr.InterpreterIds[Interpreter[m]] : null,
            });
        }
        return result;
    }
}
