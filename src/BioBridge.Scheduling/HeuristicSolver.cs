using System.Diagnostics;

namespace BioBridge.Scheduling;

/// <summary>
/// The specialized solver for large events:
/// 1. greedy placement by weight, then scarcity (fewest feasible slots first), each meeting in the slot that adds
///    the fewest breaks and touches most neighbours;
/// 2. simulated annealing in epochs (each restarting from the best schedule, cycles restarting hot when an epoch
///    brings nothing) over moves that relocate a meeting, swap meetings between two slots along a Kempe chain
///    (participants keep their meeting counts), and insert an unscheduled meeting by ejecting what blocks it,
///    re-placing the ejected ones (short ejection chains) and filling the room they leave. The annealed cost is
///    breaks plus 0.3 per idle slot inside a day; a weight loss costs 4 per unit and is rarely taken;
/// 3. lifting the worst-served participants without losing weight or adding breaks.
/// Deterministic for a seed when it stops by its move budget (or a provably optimal schedule) before the time limit.
/// </summary>
internal sealed class HeuristicSolver
{
    private readonly Problem _pr;
    private readonly ScheduleState _st;
    private readonly Random _rng;
    private readonly Stopwatch _clock;
    private readonly double _deadline;
    private readonly double _annealDeadline;
    private readonly TextWriter? _progress;
    private readonly CancellationToken _stop;
    private readonly double _weightBound;
    private readonly int[] _movable;
    private readonly bool[] _insertable;
    private readonly int[][] _byWeight;
    private readonly int[][] _feasibleSlots;
    private long _iterations;

    private HeuristicSolver(Problem pr, int seed, double seconds, TextWriter? progress, double weightBound, CancellationToken stop = default)
    {
        _stop = stop;
        _pr = pr;
        _st = new ScheduleState(pr);
        _rng = new Random(seed);
        _clock = Stopwatch.StartNew();
        _deadline = seconds;
        _annealDeadline = seconds * 0.9;
        _progress = progress;
        _feasibleSlots = new int[pr.MeetingCount][];
        for (var m = 0; m < pr.MeetingCount; m++) _feasibleSlots[m] = [.. pr.FeasibleSlots(m)];
        _movable = Enumerable.Range(0, pr.MeetingCount).Where(m => !pr.IsFixed[m] && _feasibleSlots[m].Length > 0).ToArray();
        _insertable = new bool[pr.MeetingCount];
        foreach (var m in _movable) _insertable[m] = true;
        _byWeight = pr.MeetingsOfParticipant.Select(list => list.Where(m => _insertable[m]).OrderByDescending(m => pr.Weight[m]).ToArray()).ToArray();
        var reachable = Enumerable.Range(0, pr.MeetingCount).Where(m => pr.IsFixed[m] || _feasibleSlots[m].Length > 0).Sum(m => pr.Weight[m]);
        _weightBound = Math.Min(weightBound, reachable);
    }

    /// <param name="stop">Ends the search early, as the time limit does (the exact mode proved its schedule optimal).</param>
    public static Solution Solve(Problem pr, int seed, double seconds, TextWriter? progress = null, double weightBound = double.PositiveInfinity, Solution? start = null, CancellationToken stop = default)
    {
        var solver = new HeuristicSolver(pr, seed, seconds, progress, weightBound, stop);
        solver.PlaceFixed();
        if (start is not null) solver.Load(start);
        solver.Greedy();
        solver.Log("greedy");
        solver.Anneal();
        solver.LiftWorstServed();
        solver.Log("done");
        return Solution.WithLocations(pr, solver._st.Slot, solver._st.Interpreter);
    }

    /// <summary>Only the lifting phase, for a schedule found elsewhere (CP-SAT).</summary>
    public static Solution Polish(Problem pr, Solution start, int seed, double seconds)
    {
        var solver = new HeuristicSolver(pr, seed, seconds, null, double.PositiveInfinity);
        solver.PlaceFixed();
        solver.Load(start);
        solver.LiftWorstServed();
        return Solution.WithLocations(pr, solver._st.Slot, solver._st.Interpreter);
    }

    private bool TimeUp => _stop.IsCancellationRequested || _clock.Elapsed.TotalSeconds >= _deadline;
    private bool AnnealTimeUp => _stop.IsCancellationRequested || _clock.Elapsed.TotalSeconds >= _annealDeadline;

    private void Log(string phase) =>
        _progress?.WriteLine($"heuristic {phase}: weight {_st.Weight:0.##}, scheduled {_pr.MeetingCount - _st.UnscheduledCount}/{_pr.MeetingCount}, breaks {_st.Breaks}, {_clock.Elapsed.TotalSeconds:0.00}s, {_iterations} moves");

    private void PlaceFixed()
    {
        for (var m = 0; m < _pr.MeetingCount; m++)
            if (_pr.IsFixed[m])
                _st.Place(m, _pr.FixedSlot[m], _pr.FixedInterpreter[m]);
    }

    private void Load(Solution start)
    {
        for (var m = 0; m < _pr.MeetingCount; m++)
        {
            var s = start.Slot[m];
            if (_pr.IsFixed[m] || s < 0 || !_st.CanHost(m, s)) continue;
            var i = start.Interpreter[m];
            if (_pr.NeedsInterpreter[m])
            {
                if (i < 0 || !_st.InterpreterFree(i, s) || !_pr.InterpreterCompatible(i, m))
                    i = _st.FindInterpreter(m, s, augment: false);
                if (i < 0) continue;
            }
            else if (i >= 0 && !(_st.InterpreterFree(i, s) && _pr.InterpreterCompatible(i, m)))
                i = -1;
            _st.Place(m, s, i);
        }
    }

    private void Greedy()
    {
        var order = _movable.Where(m => _st.Slot[m] < 0).ToArray();
        var tie = order.ToDictionary(m => m, _ => _rng.Next());
        var demand = new int[_pr.ParticipantCount];
        foreach (var m in order)
            foreach (var p in _pr.MeetingParticipants[m]) demand[p]++;
        Array.Sort(order, (a, b) =>
        {
            var c = _pr.Weight[b].CompareTo(_pr.Weight[a]);
            if (c != 0) return c;
            c = _feasibleSlots[a].Length.CompareTo(_feasibleSlots[b].Length);
            if (c != 0) return c;
            c = _pr.MeetingParticipants[b].Max(p => demand[p]).CompareTo(_pr.MeetingParticipants[a].Max(p => demand[p]));
            return c != 0 ? c : tie[a].CompareTo(tie[b]);
        });
        foreach (var m in order)
        {
            var best = -1;
            var bestInterpreter = -1;
            long bestScore = long.MaxValue;
            foreach (var s in _feasibleSlots[m])
            {
                if (!_st.CanHost(m, s)) continue;
                var i = _st.FindInterpreter(m, s, augment: false);
                if (i == ScheduleState.NotFound) continue;
                long score = _st.DeltaBreaksIfPlaced(m, s) * 1000L - _st.Adjacency(m, s) * 100L + (_pr.Onsite[m] ? _st.OnsiteCount(s) * 10L / Math.Max(1, _pr.TableCount) : 0);
                if (score < bestScore)
                {
                    bestScore = score;
                    best = s;
                    bestInterpreter = i;
                }
            }
            if (best >= 0)
                _st.Place(m, best, bestInterpreter);
        }
        if (_pr.InterpreterCount > 0)
        {
            // A second pass lets interpreter reassignment make room.
            _st.Logging = true;
            foreach (var m in order)
                if (_st.Slot[m] < 0)
                    PlaceDirect(m, augment: true);
            _st.Logging = false;
            _st.Commit();
        }
    }

    /// <summary>Places a meeting in its best free slot without moving others (except, with
    /// <paramref name="augment"/>, handing another meeting to a different interpreter).</summary>
    private bool PlaceDirect(int m, bool augment)
    {
        if (_pr.NeedsInterpreter[m] && !InterpreterCapacityLeft(m)) return false;
        int best = -1, bestInterpreter = -1, bestDelta = int.MaxValue;
        int fallback = -1, fallbackDelta = int.MaxValue;
        var slots = _feasibleSlots[m];
        var offset = slots.Length > 0 ? _rng.Next(slots.Length) : 0;
        for (var k = 0; k < slots.Length; k++)
        {
            var s = slots[(k + offset) % slots.Length];
            if (!_st.CanHost(m, s)) continue;
            var delta = _st.DeltaBreaksIfPlaced(m, s) * 4 - _st.Adjacency(m, s);
            if (delta >= bestDelta) continue;
            var i = _st.FindInterpreter(m, s, false);
            if (i == ScheduleState.NotFound)
            {
                if (delta < fallbackDelta) { fallbackDelta = delta; fallback = s; }
                continue;
            }
            bestDelta = delta;
            best = s;
            bestInterpreter = i;
        }
        if (best < 0 && augment && fallback >= 0)
        {
            var i = _st.FindInterpreter(m, fallback, true);
            if (i != ScheduleState.NotFound) { best = fallback; bestInterpreter = i; }
        }
        if (best < 0) return false;
        _st.Place(m, best, bestInterpreter);
        return true;
    }

    private bool InterpreterCapacityLeft(int m)
    {
        foreach (var i in _pr.CandidateInterpreters[m])
            if (_st.InterpreterCount(i) < _pr.InterpreterMax[i]) return true;
        return false;
    }

    private void Anneal()
    {
        _st.Logging = true;
        var M = _movable.Length;
        if (M == 0) return;
        var firstEpoch = Math.Clamp(150L * M, 60_000L, 20_000_000L);
        var epochLength = firstEpoch;
        // A move budget rather than the clock ends the search when it can (so a seed gives one answer);
        // large events hit the time limit first.
        var budget = Math.Max(MoveBudget, 400L * M);
        var coldStart = true;
        const double T1 = 0.03;
        const int maxIdle = 6;
        var bestSlot = (int[])_st.Slot.Clone();
        var bestInterpreter = (int[])_st.Interpreter.Clone();
        var bestWeight = _st.Weight;
        var bestBreaks = _st.Breaks;
        var idleEpochs = 0;
        for (var epoch = 0; _iterations < budget && !AnnealTimeUp && !IsPerfect(); epoch++)
        {
            // Geometric cooling over the epoch's moves, or over the time left when that is shorter (large events).
            var epochStart = _clock.Elapsed.TotalSeconds;
            // Later epochs restart from the best schedule, less hot.
            var T0 = coldStart ? 1.2 : 0.6;
            coldStart = false;
            var T = T0;
            for (long it = 0; ; it++)
            {
                if ((it & 1023) == 0)
                {
                    var now = _clock.Elapsed.TotalSeconds;
                    var fraction = Math.Max((double)it / epochLength, (now - epochStart) / Math.Max(1e-3, _annealDeadline - epochStart));
                    if (fraction >= 1 || IsPerfect() || _iterations >= budget || _stop.IsCancellationRequested) break;
                    T = T0 * Math.Pow(T1 / T0, fraction);
                }
                _iterations++;
                var r = _rng.NextDouble();
                if (_st.UnscheduledCount > 0 && r < 0.25)
                    InsertMove(T);
                else if (r < 0.4)
                    RelocateMove(T);
                else
                    KempeMove(T);
                _st.Commit();
            }
            // Polish at zero temperature: breaks can only go down.
            if (Better(_st.Weight, _st.Breaks, bestWeight, bestBreaks))
            {
                bestWeight = _st.Weight;
                bestBreaks = _st.Breaks;
                _st.Slot.CopyTo(bestSlot, 0);
                _st.Interpreter.CopyTo(bestInterpreter, 0);
                idleEpochs = 0;
            }
            else
            {
                idleEpochs++;
                epochLength = Math.Min(epochLength * 2, 40_000_000L);
                if (idleEpochs == maxIdle)
                {
                    // Converged: start a new cycle of epochs from the best schedule, hot again.
                    idleEpochs = 0;
                    epochLength = firstEpoch;
                    coldStart = true;
                }
                Restore(bestSlot, bestInterpreter);
            }
            Log($"epoch {epoch}");
        }
        if (Better(bestWeight, bestBreaks, _st.Weight, _st.Breaks))
            Restore(bestSlot, bestInterpreter);
        _st.Logging = false;
        _st.Commit();
    }

    private bool IsPerfect() => _st.Breaks == 0 && _st.Weight >= _weightBound - 1e-9;

    private static bool Better(double w1, int b1, double w2, int b2) =>
        w1 > w2 + 1e-9 || (Math.Abs(w1 - w2) <= 1e-9 && b1 < b2);

    private void Restore(int[] slot, int[] interpreter)
    {
        var logging = _st.Logging;
        _st.Logging = false;
        foreach (var m in _movable)
            if (_st.Slot[m] >= 0) _st.Remove(m);
        foreach (var m in _movable)
            if (slot[m] >= 0) _st.Place(m, slot[m], interpreter[m]);
        _st.Logging = logging;
    }

    // Annealed cost: breaks, plus a little for each idle slot inside a participant's day, which rewards moves
    // that shorten a gap before they close it (measured on the JAIR instances: 0.3 beats 0, 0.1 and 0.6).
    private const double IdleWeight = 0.3;

    private double Cost => _st.Breaks + IdleWeight * _st.Idle;

    private bool Accept(double delta, double T) => delta <= 0 || _rng.NextDouble() < Math.Exp(-delta / T);

    private void RelocateMove(double T)
    {
        var m = _movable[_rng.Next(_movable.Length)];
        var from = _st.Slot[m];
        if (from < 0) return;
        var to = PickTarget(m, from);
        if (to < 0) return;
        if (to == from) return;
        foreach (var p in _pr.MeetingParticipants[m])
            if (_st.OccupantOf(p, to) >= 0) return;
        if (_pr.Onsite[m] && _st.OnsiteCount(to) >= _pr.TableCount) return;
        var before = Cost;
        var mark = _st.Mark();
        _st.Remove(m);
        var i = _st.FindInterpreter(m, to, augment: true);
        if (i == ScheduleState.NotFound)
        {
            _st.Undo(mark);
            return;
        }
        _st.Place(m, to, i);
        if (_st.SessionOverflow > 0 || !Accept(Cost - before, T)) _st.Undo(mark);
    }

    private int[] _componentStamp = [];
    private int _stamp;
    private readonly List<int> _component = [];
    private const int KempeLimit = 24;

    /// <summary>
    /// A Kempe chain between two slots: the meeting moves to the other slot, the meetings of its participants there
    /// move back, theirs in turn, and so on; the participants' meeting counts never change.
    /// </summary>
    private void KempeMove(double T)
    {
        // Mostly move meetings of someone whose day has a break: that is where the objective can improve.
        var a = _movable[_rng.Next(_movable.Length)];
        for (var k = 0; k < FocusTries && !HasBreakThatDay(a); k++)
            a = _movable[_rng.Next(_movable.Length)];
        var s1 = _st.Slot[a];
        if (s1 < 0) return;
        var s2 = PickTarget(a, s1);
        if (s2 < 0 || s2 == s1) return;
        if (_componentStamp.Length == 0) _componentStamp = new int[_pr.MeetingCount];
        _stamp++;
        _component.Clear();
        _component.Add(a);
        _componentStamp[a] = _stamp;
        int onsite1 = 0, onsite2 = 0;
        for (var k = 0; k < _component.Count; k++)
        {
            var x = _component[k];
            var from = _st.Slot[x];
            var to = from == s1 ? s2 : s1;
            if (!_pr.MeetingFeasibleAt(x, to)) return;
            if (_pr.Onsite[x]) { if (from == s1) onsite1++; else onsite2++; }
            foreach (var p in _pr.MeetingParticipants[x])
            {
                var o = _st.OccupantOf(p, to);
                if (o < 0 || _componentStamp[o] == _stamp) continue;
                if (_pr.IsFixed[o] || _component.Count >= KempeLimit) return;
                _componentStamp[o] = _stamp;
                _component.Add(o);
            }
        }
        if (_st.OnsiteCount(s1) - onsite1 + onsite2 > _pr.TableCount || _st.OnsiteCount(s2) - onsite2 + onsite1 > _pr.TableCount) return;
        var before = Cost;
        var mark = _st.Mark();
        var from1 = new bool[_component.Count];
        for (var k = 0; k < _component.Count; k++)
        {
            from1[k] = _st.Slot[_component[k]] == s1;
            _st.Remove(_component[k]);
        }
        for (var k = 0; k < _component.Count; k++)
        {
            var x = _component[k];
            var to = from1[k] ? s2 : s1;
            var i = _st.FindInterpreter(x, to, augment: true);
            if (i == ScheduleState.NotFound) { _st.Undo(mark); return; }
            _st.Place(x, to, i);
        }
        // A chain between two capped sessions may leave someone above a session cap.
        if (_st.SessionOverflow > 0 || !Accept(Cost - before, T)) _st.Undo(mark);
    }

    // Kempe moves redraw the meeting up to this many times to find one whose participant has a break that day.
    private const int FocusTries = 3;

    private const long MoveBudget = 25_000_000;

    private bool HasBreakThatDay(int m)
    {
        var s = _st.Slot[m];
        if (s < 0) return false;
        foreach (var p in _pr.MeetingParticipants[m])
            if (Problem.Breaks(_st.BusyWord(p, _pr.SlotDay[s])) > 0) return true;
        return false;
    }

    private int PickTarget(int m, int from)
    {
        if (_rng.Next(2) == 0)
        {
            var parts = _pr.MeetingParticipants[m];
            var p = parts[_rng.Next(parts.Length)];
            var d = _pr.SlotDay[from];
            var busy = _st.BusyWord(p, d) & ~(1UL << _pr.SlotBit[from]);
            var around = ((busy << 1) | (busy >> 1)) & ~busy & _pr.MeetingFeasible[m * _pr.DayCount + d];
            if (around == 0) return -1;
            var pick = _rng.Next(System.Numerics.BitOperations.PopCount(around));
            for (var k = 0; k < pick; k++) around &= around - 1;
            return _pr.DaySlots[d][System.Numerics.BitOperations.TrailingZeroCount(around)];
        }
        var slots = _feasibleSlots[m];
        return slots[_rng.Next(slots.Length)];
    }

    private void InsertMove(double T)
    {
        // Tournament of two: heavier unscheduled meetings are tried more often.
        var m = _st.UnscheduledAt(_rng.Next(_st.UnscheduledCount));
        var other = _st.UnscheduledAt(_rng.Next(_st.UnscheduledCount));
        if (!_insertable[m] || (_insertable[other] && _pr.Weight[other] > _pr.Weight[m])) m = other;
        if (!_insertable[m]) return;
        var slots = _feasibleSlots[m];
        var s = _rng.Next(2) == 0 ? slots[_rng.Next(slots.Length)] : CheapestSlot(m);
        if (s < 0) return;
        var weight = _st.Weight;
        var breaks = Cost;
        var mark = _st.Mark();
        if (!InsertAt(m, s, depth: 2))
        {
            _st.Undo(mark);
            return;
        }
        var gain = _st.Weight - weight;
        if (gain > 1e-9 || (gain > -1e-9 && Accept(Cost - breaks, T)) || Accept(-gain * LossWeight + Cost - breaks, T))
            return;
        _st.Undo(mark);
    }

    // An insertion that loses weight costs this many breaks per unit: rarely taken, but it lets the search pass
    // through "one heavy out now, more back later" (measured: +1 weight on the small preset, nothing lost elsewhere).
    private const double LossWeight = 4;

    /// <summary>The feasible slot where the meetings in the way weigh least (ties broken at random).</summary>
    private int CheapestSlot(int m)
    {
        var best = -1;
        var bestCost = double.MaxValue;
        var slots = _feasibleSlots[m];
        var offset = _rng.Next(slots.Length);
        for (var k = 0; k < slots.Length; k++)
        {
            var s = slots[(k + offset) % slots.Length];
            double cost = 0;
            var blocked = false;
            foreach (var p in _pr.MeetingParticipants[m])
            {
                var o = _st.OccupantOf(p, s);
                if (o < 0)
                {
                    if (_st.CountOf(p) >= _pr.ParticipantMax[p] || _st.SessionFull(p, s)) cost += 1.5;
                    continue;
                }
                if (_pr.IsFixed[o]) { blocked = true; break; }
                cost += _pr.Weight[o];
            }
            if (blocked) continue;
            if (_pr.Onsite[m] && _st.OnsiteCount(s) >= _pr.TableCount) cost += 1.5;
            if (_pr.NeedsInterpreter[m] && _st.FindInterpreter(m, s, augment: false) == ScheduleState.NotFound) cost += 1.5;
            if (cost < bestCost)
            {
                bestCost = cost;
                best = s;
            }
        }
        return best;
    }

    /// <summary>
    /// Puts meeting m at slot s, ejecting whatever blocks it (participants' meetings there, one meeting of a
    /// participant at its maximum, one onsite meeting if the tables are full, one meeting holding a usable
    /// interpreter), then tries to re-place the ejected ones elsewhere. The caller judges the weight and undoes.
    /// </summary>
    private bool InsertAt(int m, int s, int depth)
    {
        var ejected = new List<int>(4);
        foreach (var p in _pr.MeetingParticipants[m])
        {
            var o = _st.OccupantOf(p, s);
            if (o < 0) continue;
            if (_pr.IsFixed[o]) return false;
            if (!ejected.Contains(o)) ejected.Add(o);
        }
        foreach (var o in ejected) _st.Remove(o);
        foreach (var p in _pr.MeetingParticipants[m])
        {
            if (_st.CountOf(p) < _pr.ParticipantMax[p]) continue;
            var o = LightestMeetingOf(p);
            if (o < 0) return false;
            _st.Remove(o);
            ejected.Add(o);
        }
        foreach (var p in _pr.MeetingParticipants[m])
        {
            if (!_st.SessionFull(p, s)) continue;
            var o = LightestMeetingOf(p, _pr.SlotSession[s]);
            if (o < 0) return false;
            _st.Remove(o);
            ejected.Add(o);
        }
        if (_pr.Onsite[m] && _st.OnsiteCount(s) >= _pr.TableCount)
        {
            var o = LightestOnsiteAt(s);
            if (o < 0) return false;
            _st.Remove(o);
            ejected.Add(o);
        }
        var i = _st.FindInterpreter(m, s, augment: true);
        if (i == ScheduleState.NotFound)
        {
            foreach (var c in _pr.CandidateInterpreters[m])
            {
                var o = _st.InterpreterOccupant(c, s);
                if (o < 0 || _pr.IsFixed[o]) continue;
                _st.Remove(o);
                ejected.Add(o);
                if (_st.InterpreterFree(c, s)) { i = c; break; }
            }
            if (i < 0) return false;
        }
        _st.Place(m, s, i);
        var w = _pr.Weight[m];
        ejected.Sort((a, b) => _pr.Weight[b].CompareTo(_pr.Weight[a]));
        foreach (var o in ejected)
            if (!PlaceDirect(o, augment: true) && depth > 0 && _pr.Weight[o] > 0)
                Rechain(o, depth - 1, w);
        // Fill: whoever lost a meeting for good may now have room (capacity, an interpreter) for another of theirs;
        // this turns "one heavy out, two lighter in" into a single move.
        foreach (var o in ejected)
        {
            if (_st.Slot[o] >= 0) continue;
            foreach (var p in _pr.MeetingParticipants[o])
            {
                var tries = 0;
                foreach (var u in _byWeight[p])
                {
                    if (_st.Slot[u] >= 0 || !_insertable[u] || u == o) continue;
                    PlaceDirect(u, augment: true);
                    if (++tries == 3) break;
                }
            }
        }
        return true;
    }

    /// <summary>One link of an ejection chain: place o by displacing a single lighter (or equal) meeting.</summary>
    private void Rechain(int o, int depth, double limit)
    {
        var slots = _feasibleSlots[o];
        for (var tries = 0; tries < Math.Min(6, slots.Length); tries++)
        {
            var s = slots[_rng.Next(slots.Length)];
            var blocker = -1;
            var blocked = false;
            foreach (var p in _pr.MeetingParticipants[o])
            {
                var x = _st.OccupantOf(p, s);
                if (x < 0) continue;
                if (blocker >= 0 && x != blocker || _pr.IsFixed[x]) { blocked = true; break; }
                blocker = x;
            }
            if (blocked || blocker < 0 || _pr.Weight[blocker] > _pr.Weight[o] || _pr.Weight[blocker] > limit) continue;
            var mark = _st.Mark();
            _st.Remove(blocker);
            if (_st.CanHost(o, s))
            {
                var i = _st.FindInterpreter(o, s, augment: true);
                if (i != ScheduleState.NotFound)
                {
                    _st.Place(o, s, i);
                    if (!PlaceDirect(blocker, augment: true) && depth > 0)
                        Rechain(blocker, depth - 1, limit);
                    return;
                }
            }
            _st.Undo(mark);
        }
    }

    /// <summary>The lightest movable meeting of participant p (in the given capped session only, when one is given).</summary>
    private int LightestMeetingOf(int p, int session = -1)
    {
        var best = -1;
        foreach (var o in _pr.MeetingsOfParticipant[p])
            if (_st.Slot[o] >= 0 && !_pr.IsFixed[o] && (session < 0 || _pr.SlotSession[_st.Slot[o]] == session) && (best < 0 || _pr.Weight[o] < _pr.Weight[best] || (_pr.Weight[o] == _pr.Weight[best] && _rng.Next(2) == 0)))
                best = o;
        return best;
    }

    private int LightestOnsiteAt(int s)
    {
        var n = _st.OnsiteCount(s);
        var best = -1;
        for (var k = 0; k < Math.Min(8, n); k++)
        {
            var o = _st.OnsiteAt(s, _rng.Next(n));
            if (!_pr.IsFixed[o] && (best < 0 || _pr.Weight[o] < _pr.Weight[best])) best = o;
        }
        return best;
    }

    /// <summary>
    /// Objective 3: for the participant with the smallest served share, try to schedule one more of their
    /// meetings by ejecting meetings of better-served participants, keeping the weight and not adding breaks.
    /// </summary>
    private void LiftWorstServed()
    {
        var P = _pr.ParticipantCount;
        if (P == 0 || _st.UnscheduledCount == 0) return;
        _st.Logging = true;
        var served = new int[P];
        for (var m = 0; m < _pr.MeetingCount; m++)
            if (_st.Slot[m] >= 0)
                foreach (var p in _pr.MeetingParticipants[m]) served[p]++;
        double Share(int p) => _pr.MeetingsOfParticipant[p].Length == 0 ? 1 : (double)served[p] / _pr.MeetingsOfParticipant[p].Length;
        var stuck = new bool[P];
        for (var round = 0; round < 10_000 && !TimeUp; round++)
        {
            var worst = -1;
            for (var p = 0; p < P; p++)
                if (!stuck[p] && _pr.MeetingsOfParticipant[p].Length > 0 && (worst < 0 || Share(p) < Share(worst)))
                    worst = p;
            if (worst < 0) break;
            var floor = Share(worst);
            var lifted = false;
            foreach (var m in _pr.MeetingsOfParticipant[worst])
            {
                if (_st.Slot[m] >= 0 || !_insertable[m]) continue;
                foreach (var s in _feasibleSlots[m])
                {
                    var weight = _st.Weight;
                    var breaks = _st.Breaks;
                    var mark = _st.Mark();
                    if (InsertAt(m, s, depth: 1) && _st.Weight >= weight - 1e-9 && _st.Breaks <= breaks)
                    {
                        var delta = new Dictionary<int, int>();
                        foreach (var t in _st.TouchedSince(mark).Distinct())
                            foreach (var p in _pr.MeetingParticipants[t])
                                delta[p] = 0;
                        var ok = true;
                        foreach (var p in delta.Keys)
                        {
                            var now = _pr.MeetingsOfParticipant[p].Count(x => _st.Slot[x] >= 0);
                            var share = (double)now / _pr.MeetingsOfParticipant[p].Length;
                            if (p != worst && share <= floor + 1e-12 && now < served[p]) { ok = false; break; }
                            delta[p] = now;
                        }
                        if (ok)
                        {
                            foreach (var (p, now) in delta) served[p] = now;
                            _st.Commit();
                            lifted = true;
                            break;
                        }
                    }
                    _st.Undo(mark);
                }
                if (lifted) break;
            }
            if (!lifted) stuck[worst] = true;
        }
        _st.Logging = false;
        _st.Commit();
    }
}
