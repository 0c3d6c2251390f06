using System.Diagnostics;

namespace BioBridge.Scheduling;

/// <summary>
/// CP-SAT as a polishing step: large-neighbourhood search that frees a few dozen meetings (those of a participant
/// with breaks and of their partners, or everything in a window of consecutive slots), keeps the rest where it is,
/// and lets CP-SAT re-place the free ones optimally. Never accepts a worse schedule; the neighbourhood grows while
/// CP-SAT proves its sub-problems optimal and shrinks when it cannot.
/// </summary>
static class CpSatNeighbourhoodSearch
{
    public static Solution Improve(Problem pr, Solution start, double seconds, int seed, TextWriter? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var rng = new Random(seed);
        var current = start;
        var figures = ScheduleFigures.Compute(pr, current.Slot);
        var movable = Enumerable.Range(0, pr.MeetingCount).Where(m => !pr.IsFixed[m] && pr.FeasibleSlotCount(m) > 0).ToArray();
        if (movable.Length == 0) return current;
        double size = Math.Min(16, movable.Length);
        int rounds = 0, improved = 0;
        while (seconds - clock.Elapsed.TotalSeconds > 0.15)
        {
            rounds++;
            var free = rng.Next(2) == 0
                ? AroundParticipant(pr, current, (int)size, rng)
                : Window(pr, current, (int)size, rng);
            var left = seconds - clock.Elapsed.TotalSeconds;
            var outcome = CpSatSolver.Solve(pr, Math.Min(left - 0.1, 0.5), seed + rounds, current, null, workers: 2, atLeastHintWeight: true, free: free);
            if (outcome.Solution is { } candidate)
            {
                var f = ScheduleFigures.Compute(pr, candidate.Slot);
                var c = Compare(f, figures);
                if (c >= 0)
                {
                    if (c > 0) improved++;
                    current = candidate;
                    figures = f;
                }
            }
            size = outcome.Optimal ? Math.Min(size * 1.1 + 1, movable.Length) : Math.Max(8, size * 0.75);
        }
        progress?.WriteLine($"cp-sat neighbourhoods: {rounds} rounds, {improved} improvements, weight {figures.ScheduledWeight:0.##}, breaks {figures.Breaks}, last size {(int)size}");
        return current;
    }

    static int Compare(ScheduleFigures a, ScheduleFigures b)
    {
        if (Math.Abs(a.ScheduledWeight - b.ScheduledWeight) > 1e-9) return a.ScheduledWeight > b.ScheduledWeight ? 1 : -1;
        return b.Breaks.CompareTo(a.Breaks);
    }

    static bool[] AroundParticipant(Problem pr, Solution current, int size, Random rng)
    {
        var free = new bool[pr.MeetingCount];
        var busy = new ulong[pr.ParticipantCount * pr.DayCount];
        for (var m = 0; m < pr.MeetingCount; m++)
            if (current.Slot[m] >= 0)
                foreach (var p in pr.MeetingParticipants[m])
                    busy[p * pr.DayCount + pr.SlotDay[current.Slot[m]]] |= 1UL << pr.SlotBit[current.Slot[m]];
        var withBreaks = new List<int>();
        for (var p = 0; p < pr.ParticipantCount; p++)
            for (var d = 0; d < pr.DayCount; d++)
                if (Problem.Breaks(busy[p * pr.DayCount + d]) > 0) { withBreaks.Add(p); break; }
        var seed = withBreaks.Count > 0 ? withBreaks[rng.Next(withBreaks.Count)] : rng.Next(pr.ParticipantCount);
        var queue = new Queue<int>([seed]);
        var seen = new HashSet<int> { seed };
        var count = 0;
        while (queue.Count > 0 && count < size)
        {
            var p = queue.Dequeue();
            foreach (var m in pr.MeetingsOfParticipant[p].OrderBy(_ => rng.Next()))
            {
                if (pr.IsFixed[m] || free[m] || pr.FeasibleSlotCount(m) == 0) continue;
                free[m] = true;
                count++;
                foreach (var q in pr.MeetingParticipants[m])
                    if (seen.Add(q)) queue.Enqueue(q);
            }
        }
        return free;
    }

    static bool[] Window(Problem pr, Solution current, int size, Random rng)
    {
        var free = new bool[pr.MeetingCount];
        var perSlot = new int[pr.SlotCount];
        for (var m = 0; m < pr.MeetingCount; m++)
            if (current.Slot[m] >= 0 && !pr.IsFixed[m]) perSlot[current.Slot[m]]++;
        var d = rng.Next(pr.DayCount);
        var slots = pr.DaySlots[d];
        var first = rng.Next(slots.Length);
        var chosen = new HashSet<int>();
        var count = 0;
        for (var k = first; k < slots.Length && (count < size || chosen.Count < 2); k++)
        {
            chosen.Add(slots[k]);
            count += perSlot[slots[k]];
        }
        for (var k = first - 1; k >= 0 && (count < size || chosen.Count < 2); k--)
        {
            chosen.Add(slots[k]);
            count += perSlot[slots[k]];
        }
        var participants = new HashSet<int>();
        for (var m = 0; m < pr.MeetingCount; m++)
            if (current.Slot[m] >= 0 && !pr.IsFixed[m] && chosen.Contains(current.Slot[m]))
            {
                free[m] = true;
                foreach (var p in pr.MeetingParticipants[m]) participants.Add(p);
            }
        // Unscheduled meetings of those participants may enter.
        foreach (var p in participants)
            foreach (var m in pr.MeetingsOfParticipant[p])
                if (current.Slot[m] < 0 && !pr.IsFixed[m]) free[m] = true;
        return free;
    }
}
