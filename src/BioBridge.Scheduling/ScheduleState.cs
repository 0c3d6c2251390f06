namespace BioBridge.Scheduling;

/// <summary>
/// A mutable schedule with the bookkeeping the local search needs in O(1): who is busy when (per participant a
/// busy word per day and an occupant table), table use per slot, interpreter occupancy, the total weight and the
/// total break count. Every change is logged so that a tentative move can be undone.
/// </summary>
sealed class ScheduleState
{
    public const int NoneNeeded = -1;
    public const int NotFound = -2;

    readonly int days, slots;
    readonly ulong[] busy;
    readonly int[] count;
    readonly int[] sessionCount;
    readonly int[] occupant;
    readonly int[][] onsiteAt;
    readonly int[] onsiteLength;
    readonly int[] positionInSlot;
    readonly int[] interpreterAt;
    readonly int[] interpreterCount;
    readonly int[] unscheduled;
    readonly int[] positionUnscheduled;
    readonly List<(int Meeting, int Slot, int Interpreter)> log = [];

    public ScheduleState(Problem pr)
    {
        Pr = pr;
        days = pr.DayCount;
        slots = pr.SlotCount;
        var M = pr.MeetingCount;
        Slot = new int[M];
        Interpreter = new int[M];
        Array.Fill(Slot, -1);
        Array.Fill(Interpreter, -1);
        busy = new ulong[pr.ParticipantCount * days];
        count = new int[pr.ParticipantCount];
        sessionCount = new int[pr.ParticipantCount * pr.SessionCount];
        occupant = new int[pr.ParticipantCount * slots];
        Array.Fill(occupant, -1);
        onsiteAt = new int[slots][];
        for (var s = 0; s < slots; s++) onsiteAt[s] = new int[pr.TableCount];
        onsiteLength = new int[slots];
        positionInSlot = new int[M];
        interpreterAt = new int[pr.InterpreterCount * slots];
        Array.Fill(interpreterAt, -1);
        interpreterCount = new int[pr.InterpreterCount];
        unscheduled = new int[M];
        positionUnscheduled = new int[M];
        for (var m = 0; m < M; m++)
        {
            unscheduled[m] = m;
            positionUnscheduled[m] = m;
        }
        UnscheduledCount = M;
    }

    public Problem Pr { get; }
    public int[] Slot { get; }
    public int[] Interpreter { get; }
    public double Weight { get; private set; }
    public int Breaks { get; private set; }

    /// <summary>Idle slots inside the participants' daily spans: a finer measure that guides the search across
    /// plateaus of equal break count.</summary>
    public int Idle { get; private set; }

    static int IdleOf(ulong w) => w == 0 ? 0 : 64 - System.Numerics.BitOperations.LeadingZeroCount(w) - System.Numerics.BitOperations.TrailingZeroCount(w) - System.Numerics.BitOperations.PopCount(w);
    public int UnscheduledCount { get; private set; }
    public bool Logging { get; set; }

    /// <summary>Participants over a session cap (instance `sessions`): moves that leave this above zero are undone.</summary>
    public int SessionOverflow { get; private set; }

    /// <summary>True when participant p already has the most meetings slot s's session allows.</summary>
    public bool SessionFull(int p, int s) => Pr.SlotSession[s] is var k and >= 0 && sessionCount[p * Pr.SessionCount + k] >= Pr.SessionMax[k];

    public int UnscheduledAt(int k) => unscheduled[k];
    public int CountOf(int p) => count[p];
    public int InterpreterCount(int i) => interpreterCount[i];
    public int OccupantOf(int p, int s) => occupant[p * slots + s];
    public int OnsiteCount(int s) => onsiteLength[s];
    public int OnsiteAt(int s, int k) => onsiteAt[s][k];
    public ulong BusyWord(int p, int d) => busy[p * days + d];
    public int InterpreterOccupant(int i, int s) => interpreterAt[i * slots + s];

    public int BreaksOf(int p)
    {
        var b = 0;
        for (var d = 0; d < days; d++) b += Problem.Breaks(busy[p * days + d]);
        return b;
    }

    public int Mark() => log.Count;

    public void Place(int m, int s, int i)
    {
        if (Logging) log.Add((m, -1, -1));
        PlaceCore(m, s, i);
    }

    public void Remove(int m)
    {
        if (Logging) log.Add((m, Slot[m], Interpreter[m]));
        RemoveCore(m);
    }

    /// <summary>Reverts every change made since <paramref name="mark"/>.</summary>
    public void Undo(int mark)
    {
        for (var k = log.Count - 1; k >= mark; k--)
        {
            var (m, s, i) = log[k];
            if (Slot[m] >= 0) RemoveCore(m);
            if (s >= 0) PlaceCore(m, s, i);
        }
        log.RemoveRange(mark, log.Count - mark);
    }

    public void Commit() => log.Clear();

    /// <summary>Logged changes since <paramref name="mark"/>: the meetings a move touched.</summary>
    public IEnumerable<int> TouchedSince(int mark)
    {
        for (var k = mark; k < log.Count; k++) yield return log[k].Meeting;
    }

    void PlaceCore(int m, int s, int i)
    {
        Slot[m] = s;
        Interpreter[m] = i;
        var d = Pr.SlotDay[s];
        var bit = 1UL << Pr.SlotBit[s];
        foreach (var p in Pr.MeetingParticipants[m])
        {
            ref var w = ref busy[p * days + d];
            SetDay(ref w, w | bit);
            count[p]++;
            occupant[p * slots + s] = m;
            if (Pr.SlotSession[s] is var session and >= 0 && ++sessionCount[p * Pr.SessionCount + session] == Pr.SessionMax[session] + 1)
                SessionOverflow++;
        }
        if (Pr.Onsite[m])
        {
            positionInSlot[m] = onsiteLength[s];
            onsiteAt[s][onsiteLength[s]++] = m;
        }
        if (i >= 0)
        {
            interpreterAt[i * slots + s] = m;
            interpreterCount[i]++;
        }
        Weight += Pr.Weight[m];
        var k = positionUnscheduled[m];
        var last = unscheduled[--UnscheduledCount];
        unscheduled[k] = last;
        positionUnscheduled[last] = k;
        unscheduled[UnscheduledCount] = m;
        positionUnscheduled[m] = UnscheduledCount;
    }

    /// <summary>A participant's day changes: its breaks and idle slots are counted again.</summary>
    void SetDay(ref ulong day, ulong next)
    {
        Breaks -= Problem.Breaks(day);
        Idle -= IdleOf(day);
        day = next;
        Breaks += Problem.Breaks(day);
        Idle += IdleOf(day);
    }

    void RemoveCore(int m)
    {
        var s = Slot[m];
        var i = Interpreter[m];
        var d = Pr.SlotDay[s];
        var bit = 1UL << Pr.SlotBit[s];
        foreach (var p in Pr.MeetingParticipants[m])
        {
            ref var w = ref busy[p * days + d];
            SetDay(ref w, w & ~bit);
            count[p]--;
            occupant[p * slots + s] = -1;
            if (Pr.SlotSession[s] is var session and >= 0 && sessionCount[p * Pr.SessionCount + session]-- == Pr.SessionMax[session] + 1)
                SessionOverflow--;
        }
        if (Pr.Onsite[m])
        {
            var k = positionInSlot[m];
            var last = onsiteAt[s][--onsiteLength[s]];
            onsiteAt[s][k] = last;
            positionInSlot[last] = k;
        }
        if (i >= 0)
        {
            interpreterAt[i * slots + s] = -1;
            interpreterCount[i]--;
        }
        Weight -= Pr.Weight[m];
        Slot[m] = -1;
        Interpreter[m] = -1;
        var u = positionUnscheduled[m];
        var first = unscheduled[UnscheduledCount];
        unscheduled[u] = first;
        positionUnscheduled[first] = u;
        unscheduled[UnscheduledCount] = m;
        positionUnscheduled[m] = UnscheduledCount;
        UnscheduledCount++;
    }

    /// <summary>Participants free, under their maximum and session caps, and a table free if onsite (interpreters not checked).</summary>
    public bool CanHost(int m, int s)
    {
        if (!Pr.MeetingFeasibleAt(m, s)) return false;
        foreach (var p in Pr.MeetingParticipants[m])
            if (occupant[p * slots + s] >= 0 || count[p] >= Pr.ParticipantMax[p] || SessionFull(p, s))
                return false;
        return !Pr.Onsite[m] || onsiteLength[s] < Pr.TableCount;
    }

    public bool InterpreterFree(int i, int s) =>
        interpreterAt[i * slots + s] < 0 && interpreterCount[i] < Pr.InterpreterMax[i] && Pr.InterpreterAvailableAt(i, s);

    /// <summary>
    /// An interpreter for meeting <paramref name="m"/> at slot <paramref name="s"/>: a free compatible one with the most
    /// capacity left, or, with <paramref name="augment"/>, one freed by handing its meeting to another free interpreter.
    /// </summary>
    public int FindInterpreter(int m, int s, bool augment)
    {
        if (!Pr.NeedsInterpreter[m]) return NoneNeeded;
        var best = NotFound;
        var bestLeft = 0;
        foreach (var i in Pr.CandidateInterpreters[m])
        {
            if (!InterpreterFree(i, s)) continue;
            var left = Pr.InterpreterMax[i] == int.MaxValue ? int.MaxValue : Pr.InterpreterMax[i] - interpreterCount[i];
            if (best == NotFound || left > bestLeft)
            {
                best = i;
                bestLeft = left;
            }
        }
        if (best != NotFound || !augment) return best;
        foreach (var i in Pr.CandidateInterpreters[m])
        {
            var other = interpreterAt[i * slots + s];
            if (other < 0 || Pr.IsFixed[other]) continue;
            foreach (var j in Pr.CandidateInterpreters[other])
            {
                if (j == i || !InterpreterFree(j, s)) continue;
                Remove(other);
                Place(other, s, j);
                return i;
            }
        }
        return NotFound;
    }

    public int DeltaBreaksIfPlaced(int m, int s)
    {
        var d = Pr.SlotDay[s];
        var bit = 1UL << Pr.SlotBit[s];
        var delta = 0;
        foreach (var p in Pr.MeetingParticipants[m])
        {
            var w = busy[p * days + d];
            delta += Problem.Breaks(w | bit) - Problem.Breaks(w);
        }
        return delta;
    }

    /// <summary>How many of the meeting's participants already have a meeting right before or after slot s.</summary>
    public int Adjacency(int m, int s)
    {
        var d = Pr.SlotDay[s];
        var b = Pr.SlotBit[s];
        var around = (b > 0 ? 1UL << (b - 1) : 0) | (b < 63 ? 1UL << (b + 1) : 0);
        var n = 0;
        foreach (var p in Pr.MeetingParticipants[m])
            if ((busy[p * days + d] & around) != 0) n++;
        return n;
    }
}
