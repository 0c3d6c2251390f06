namespace BioBridge.Scheduling;

/// <summary>
/// A mutable schedule with the bookkeeping the local search needs in O(1): who is busy when (per participant a
/// busy word per day and an occupant table), table use per slot, interpreter occupancy, the total weight and the
/// total break count. Every change is logged so that a tentative move can be undone.
/// </summary>
internal sealed class ScheduleState
{
    public const int NoneNeeded = -1;
    public const int NotFound = -2;

    private readonly int D, S;
    private readonly ulong[] _busy;
    private readonly int[] _count;
    private readonly int[] _sessionCount;
    private readonly int[] _occupant;
    private readonly int[][] _onsiteAt;
    private readonly int[] _onsiteLength;
    private readonly int[] _positionInSlot;
    private readonly int[] _interpreterAt;
    private readonly int[] _interpreterCount;
    private readonly int[] _unscheduled;
    private readonly int[] _positionUnscheduled;
    private readonly List<(int Meeting, int Slot, int Interpreter)> _log = [];

    public ScheduleState(Problem pr)
    {
        Pr = pr;
        D = pr.DayCount;
        S = pr.SlotCount;
        var M = pr.MeetingCount;
        Slot = new int[M];
        Interpreter = new int[M];
        Array.Fill(Slot, -1);
        Array.Fill(Interpreter, -1);
        _busy = new ulong[pr.ParticipantCount * D];
        _count = new int[pr.ParticipantCount];
        _sessionCount = new int[pr.ParticipantCount * pr.SessionCount];
        _occupant = new int[pr.ParticipantCount * S];
        Array.Fill(_occupant, -1);
        _onsiteAt = new int[S][];
        for (var s = 0; s < S; s++) _onsiteAt[s] = new int[pr.TableCount];
        _onsiteLength = new int[S];
        _positionInSlot = new int[M];
        _interpreterAt = new int[pr.InterpreterCount * S];
        Array.Fill(_interpreterAt, -1);
        _interpreterCount = new int[pr.InterpreterCount];
        _unscheduled = new int[M];
        _positionUnscheduled = new int[M];
        for (var m = 0; m < M; m++)
        {
            _unscheduled[m] = m;
            _positionUnscheduled[m] = m;
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

    private static int IdleOf(ulong w) => w == 0 ? 0 : 64 - System.Numerics.BitOperations.LeadingZeroCount(w) - System.Numerics.BitOperations.TrailingZeroCount(w) - System.Numerics.BitOperations.PopCount(w);
    public int UnscheduledCount { get; private set; }
    public bool Logging { get; set; }

    /// <summary>Participants over a session cap (instance `sessions`): moves that leave this above zero are undone.</summary>
    public int SessionOverflow { get; private set; }

    /// <summary>True when participant p already has the most meetings slot s's session allows.</summary>
    public bool SessionFull(int p, int s) => Pr.SlotSession[s] is var k and >= 0 && _sessionCount[p * Pr.SessionCount + k] >= Pr.SessionMax[k];

    public int UnscheduledAt(int k) => _unscheduled[k];
    public int CountOf(int p) => _count[p];
    public int InterpreterCount(int i) => _interpreterCount[i];
    public int OccupantOf(int p, int s) => _occupant[p * S + s];
    public int OnsiteCount(int s) => _onsiteLength[s];
    public int OnsiteAt(int s, int k) => _onsiteAt[s][k];
    public ulong BusyWord(int p, int d) => _busy[p * D + d];
    public int InterpreterOccupant(int i, int s) => _interpreterAt[i * S + s];

    public int BreaksOf(int p)
    {
        var b = 0;
        for (var d = 0; d < D; d++) b += Problem.Breaks(_busy[p * D + d]);
        return b;
    }

    public int Mark() => _log.Count;

    public void Place(int m, int s, int i)
    {
        if (Logging) _log.Add((m, -1, -1));
        PlaceCore(m, s, i);
    }

    public void Remove(int m)
    {
        if (Logging) _log.Add((m, Slot[m], Interpreter[m]));
        RemoveCore(m);
    }

    /// <summary>Reverts every change made since <paramref name="mark"/>.</summary>
    public void Undo(int mark)
    {
        for (var k = _log.Count - 1; k >= mark; k--)
        {
            var (m, s, i) = _log[k];
            if (Slot[m] >= 0) RemoveCore(m);
            if (s >= 0) PlaceCore(m, s, i);
        }
        _log.RemoveRange(mark, _log.Count - mark);
    }

    public void Commit() => _log.Clear();

    /// <summary>Logged changes since <paramref name="mark"/>: the meetings a move touched.</summary>
    public IEnumerable<int> TouchedSince(int mark)
    {
        for (var k = mark; k < _log.Count; k++) yield return _log[k].Meeting;
    }

    private void PlaceCore(int m, int s, int i)
    {
        Slot[m] = s;
        Interpreter[m] = i;
        var d = Pr.SlotDay[s];
        var bit = 1UL << Pr.SlotBit[s];
        foreach (var p in Pr.MeetingParticipants[m])
        {
            ref var w = ref _busy[p * D + d];
            Breaks -= Problem.Breaks(w);
            Idle -= IdleOf(w);
            w |= bit;
            Breaks += Problem.Breaks(w);
            Idle += IdleOf(w);
            _count[p]++;
            _occupant[p * S + s] = m;
            if (Pr.SlotSession[s] is var session and >= 0 && ++_sessionCount[p * Pr.SessionCount + session] == Pr.SessionMax[session] + 1)
                SessionOverflow++;
        }
        if (Pr.Onsite[m])
        {
            _positionInSlot[m] = _onsiteLength[s];
            _onsiteAt[s][_onsiteLength[s]++] = m;
        }
        if (i >= 0)
        {
            _interpreterAt[i * S + s] = m;
            _interpreterCount[i]++;
        }
        Weight += Pr.Weight[m];
        var k = _positionUnscheduled[m];
        var last = _unscheduled[--UnscheduledCount];
        _unscheduled[k] = last;
        _positionUnscheduled[last] = k;
        _unscheduled[UnscheduledCount] = m;
        _positionUnscheduled[m] = UnscheduledCount;
    }

    private void RemoveCore(int m)
    {
        var s = Slot[m];
        var i = Interpreter[m];
        var d = Pr.SlotDay[s];
        var bit = 1UL << Pr.SlotBit[s];
        foreach (var p in Pr.MeetingParticipants[m])
        {
            ref var w = ref _busy[p * D + d];
            Breaks -= Problem.Breaks(w);
            Idle -= IdleOf(w);
            w &= ~bit;
            Breaks += Problem.Breaks(w);
            Idle += IdleOf(w);
            _count[p]--;
            _occupant[p * S + s] = -1;
            if (Pr.SlotSession[s] is var session and >= 0 && _sessionCount[p * Pr.SessionCount + session]-- == Pr.SessionMax[session] + 1)
                SessionOverflow--;
        }
        if (Pr.Onsite[m])
        {
            var k = _positionInSlot[m];
            var last = _onsiteAt[s][--_onsiteLength[s]];
            _onsiteAt[s][k] = last;
            _positionInSlot[last] = k;
        }
        if (i >= 0)
        {
            _interpreterAt[i * S + s] = -1;
            _interpreterCount[i]--;
        }
        Weight -= Pr.Weight[m];
        Slot[m] = -1;
        Interpreter[m] = -1;
        var u = _positionUnscheduled[m];
        var first = _unscheduled[UnscheduledCount];
        _unscheduled[u] = first;
        _positionUnscheduled[first] = u;
        _unscheduled[UnscheduledCount] = m;
        _positionUnscheduled[m] = UnscheduledCount;
        UnscheduledCount++;
    }

    /// <summary>Participants free, under their maximum and session caps, and a table free if onsite (interpreters not checked).</summary>
    public bool CanHost(int m, int s)
    {
        if (!Pr.MeetingFeasibleAt(m, s)) return false;
        foreach (var p in Pr.MeetingParticipants[m])
            if (_occupant[p * S + s] >= 0 || _count[p] >= Pr.ParticipantMax[p] || SessionFull(p, s))
                return false;
        return !Pr.Onsite[m] || _onsiteLength[s] < Pr.TableCount;
    }

    public bool InterpreterFree(int i, int s) =>
        _interpreterAt[i * S + s] < 0 && _interpreterCount[i] < Pr.InterpreterMax[i] && Pr.InterpreterAvailableAt(i, s);

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
            var left = Pr.InterpreterMax[i] == int.MaxValue ? int.MaxValue : Pr.InterpreterMax[i] - _interpreterCount[i];
            if (best == NotFound || left > bestLeft)
            {
                best = i;
                bestLeft = left;
            }
        }
        if (best != NotFound || !augment) return best;
        foreach (var i in Pr.CandidateInterpreters[m])
        {
            var other = _interpreterAt[i * S + s];
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
            var w = _busy[p * D + d];
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
            if ((_busy[p * D + d] & around) != 0) n++;
        return n;
    }
}
