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
sealed class HeuristicSolver
{
    readonly Problem pr;
    readonly ScheduleState st;
    readonly Random rng;
    readonly Stopwatch clock;
    readonly double deadline;
    readonly double annealDeadline;
    readonly TextWriter? progress;
    readonly CancellationToken stop;
    readonly double weightBound;
    readonly int[] movable;
    readonly bool[] insertable;
    readonly int[][] byWeight;
    readonly int[][] feasibleSlots;
    long iterations;

    HeuristicSolver(Problem pr, int seed, double seconds, TextWriter? progress, double weightBound, CancellationToken stop = default)
    {
        this.stop = stop;
        this.pr = pr;
        st = new ScheduleState(pr);
        rng = new Random(seed);
        clock = Stopwatch.StartNew();
        deadline = seconds;
        annealDeadline = seconds * 0.9;
        this.progress = progress;
        feasibleSlots = new int[pr.MeetingCount][];
        for (var m = 0; m < pr.MeetingCount; m++) feasibleSlots[m] = [.. pr.FeasibleSlots(m)];
        movable = Enumerable.Range(0, pr.MeetingCount).Where(m => !pr.IsFixed[m] && feasibleSlots[m].Length > 0).ToArray();
        insertable = new bool[pr.MeetingCount];
        foreach (var m in movable) insertable[m] = true;
        byWeight = pr.MeetingsOfParticipant.Select(list => list.Where(m => insertable[m]).OrderByDescending(m => pr.Weight[m]).ToArray()).ToArray();
        var reachable = Enumerable.Range(0, pr.MeetingCount).Where(m => pr.IsFixed[m] || feasibleSlots[m].Length > 0).Sum(m => pr.Weight[m]);
        this.weightBound = Math.Min(weightBound, reachable);
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
        return Solution.WithLocations(pr, solver.st.Slot, solver.st.Interpreter);
    }

    /// <summary>Only the lifting phase, for a schedule found elsewhere (CP-SAT).</summary>
    public static Solution Polish(Problem pr, Solution start, int seed, double seconds)
    {
        var solver = new HeuristicSolver(pr, seed, seconds, null, double.PositiveInfinity);
        solver.PlaceFixed();
        solver.Load(start);
        solver.LiftWorstServed();
        return Solution.WithLocations(pr, solver.st.Slot, solver.st.Interpreter);
    }

    bool TimeUp => stop.IsCancellationRequested || clock.Elapsed.TotalSeconds >= deadline;
    bool AnnealTimeUp => stop.IsCancellationRequested || clock.Elapsed.TotalSeconds >= annealDeadline;

    void Log(string phase) =>
        progress?.WriteLine($"heuristic {phase}: weight {st.Weight:0.##}, scheduled {pr.MeetingCount - st.UnscheduledCount}/{pr.MeetingCount}, breaks {st.Breaks}, {clock.Elapsed.TotalSeconds:0.00}s, {iterations} moves");

    void PlaceFixed()
    {
        for (var m = 0; m < pr.MeetingCount; m++)
            if (pr.IsFixed[m])
                st.Place(m, pr.FixedSlot[m], pr.FixedInterpreter[m]);
    }

    void Load(Solution start)
    {
        for (var m = 0; m < pr.MeetingCount; m++)
        {
            var s = start.Slot[m];
            if (pr.IsFixed[m] || s < 0 || !st.CanHost(m, s)) continue;
            var i = start.Interpreter[m];
            if (pr.NeedsInterpreter[m])
            {
                if (i < 0 || !st.InterpreterFree(i, s) || !pr.InterpreterCompatible(i, m))
                    i = st.FindInterpreter(m, s, augment: false);
                if (i < 0) continue;
            }
            else if (i >= 0 && !(st.InterpreterFree(i, s) && pr.InterpreterCompatible(i, m)))
                i = -1;
            st.Place(m, s, i);
        }
    }

    void Greedy()
    {
        var order = movable.Where(m => st.Slot[m] < 0).ToArray();
        var tie = order.ToDictionary(m => m, _ => rng.Next());
        var demand = new int[pr.ParticipantCount];
        foreach (var m in order)
            foreach (var p in pr.MeetingParticipants[m]) demand[p]++;
        Array.Sort(order, (a, b) =>
        {
            var c = pr.Weight[b].CompareTo(pr.Weight[a]);
            if (c != 0) return c;
            c = feasibleSlots[a].Length.CompareTo(feasibleSlots[b].Length);
            if (c != 0) return c;
            c = pr.MeetingParticipants[b].Max(p => demand[p]).CompareTo(pr.MeetingParticipants[a].Max(p => demand[p]));
            return c != 0 ? c : tie[a].CompareTo(tie[b]);
        });
        foreach (var m in order)
        {
            var best = -1;
            var bestInterpreter = -1;
            long bestScore = long.MaxValue;
            foreach (var s in feasibleSlots[m])
            {
                if (!st.CanHost(m, s)) continue;
                var i = st.FindInterpreter(m, s, augment: false);
                if (i == ScheduleState.NotFound) continue;
                long score = st.DeltaBreaksIfPlaced(m, s) * 1000L - st.Adjacency(m, s) * 100L + (pr.Onsite[m] ? st.OnsiteCount(s) * 10L / Math.Max(1, pr.TableCount) : 0);
                if (score < bestScore)
                {
                    bestScore = score;
                    best = s;
                    bestInterpreter = i;
                }
            }
            if (best >= 0)
                st.Place(m, best, bestInterpreter);
        }
        if (pr.InterpreterCount > 0)
        {
            // A second pass lets interpreter reassignment make room.
            st.Logging = true;
            foreach (var m in order)
                if (st.Slot[m] < 0)
                    PlaceDirect(m, augment: true);
            st.Logging = false;
            st.Commit();
        }
    }

    /// <summary>Places a meeting in its best free slot without moving others (except, with
    /// <paramref name="augment"/>, handing another meeting to a different interpreter).</summary>
    bool PlaceDirect(int m, bool augment)
    {
        if (pr.NeedsInterpreter[m] && !InterpreterCapacityLeft(m)) return false;
        int best = -1, bestInterpreter = -1, bestDelta = int.MaxValue;
        int fallback = -1, fallbackDelta = int.MaxValue;
        var slots = feasibleSlots[m];
        var offset = slots.Length > 0 ? rng.Next(slots.Length) : 0;
        for (var k = 0; k < slots.Length; k++)
        {
            var s = slots[(k + offset) % slots.Length];
            if (!st.CanHost(m, s)) continue;
            var delta = st.DeltaBreaksIfPlaced(m, s) * 4 - st.Adjacency(m, s);
            if (delta >= bestDelta) continue;
            var i = st.FindInterpreter(m, s, false);
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
            var i = st.FindInterpreter(m, fallback, true);
            if (i != ScheduleState.NotFound) { best = fallback; bestInterpreter = i; }
        }
        if (best < 0) return false;
        st.Place(m, best, bestInterpreter);
        return true;
    }

    bool InterpreterCapacityLeft(int m)
    {
        foreach (var i in pr.CandidateInterpreters[m])
            if (st.InterpreterCount(i) < pr.InterpreterMax[i]) return true;
        return false;
    }

    void Anneal()
    {
        st.Logging = true;
        var M = movable.Length;
        if (M == 0) return;
        var firstEpoch = Math.Clamp(150L * M, 60_000L, 20_000_000L);
        var epochLength = firstEpoch;
        // A move budget rather than the clock ends the search when it can (so a seed gives one answer);
        // large events hit the time limit first.
        var budget = Math.Max(MoveBudget, 400L * M);
        var coldStart = true;
        const double T1 = 0.03;
        const int maxIdle = 6;
        var bestSlot = (int[])st.Slot.Clone();
        var bestInterpreter = (int[])st.Interpreter.Clone();
        var bestWeight = st.Weight;
        var bestBreaks = st.Breaks;
        var idleEpochs = 0;
        for (var epoch = 0; iterations < budget && !AnnealTimeUp && !IsPerfect(); epoch++)
        {
            // Geometric cooling over the epoch's moves, or over the time left when that is shorter (large events).
            var epochStart = clock.Elapsed.TotalSeconds;
            // Later epochs restart from the best schedule, less hot.
            var T0 = coldStart ? 1.2 : 0.6;
            coldStart = false;
            var T = T0;
            for (long it = 0; ; it++)
            {
                if ((it & 1023) == 0)
                {
                    var now = clock.Elapsed.TotalSeconds;
                    var fraction = Math.Max((double)it / epochLength, (now - epochStart) / Math.Max(1e-3, annealDeadline - epochStart));
                    if (fraction >= 1 || IsPerfect() || iterations >= budget || stop.IsCancellationRequested) break;
                    T = T0 * Math.Pow(T1 / T0, fraction);
                }
                iterations++;
                var r = rng.NextDouble();
                if (st.UnscheduledCount > 0 && r < 0.25)
                    InsertMove(T);
                else if (r < 0.4)
                    RelocateMove(T);
                else
                    KempeMove(T);
                st.Commit();
            }
            // Polish at zero temperature: breaks can only go down.
            if (Better(st.Weight, st.Breaks, bestWeight, bestBreaks))
            {
                bestWeight = st.Weight;
                bestBreaks = st.Breaks;
                st.Slot.CopyTo(bestSlot, 0);
                st.Interpreter.CopyTo(bestInterpreter, 0);
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
        if (Better(bestWeight, bestBreaks, st.Weight, st.Breaks))
            Restore(bestSlot, bestInterpreter);
        st.Logging = false;
        st.Commit();
    }

    bool IsPerfect() => st.Breaks == 0 && st.Weight >= weightBound - 1e-9;

    static bool Better(double w1, int b1, double w2, int b2) =>
        w1 > w2 + 1e-9 || (Math.Abs(w1 - w2) <= 1e-9 && b1 < b2);

    void Restore(int[] slot, int[] interpreter)
    {
        var logging = st.Logging;
        st.Logging = false;
        foreach (var m in movable)
            if (st.Slot[m] >= 0) st.Remove(m);
        foreach (var m in movable)
            if (slot[m] >= 0) st.Place(m, slot[m], interpreter[m]);
        st.Logging = logging;
    }

    // Annealed cost: breaks, plus a little for each idle slot inside a participant's day, which rewards moves
    // that shorten a gap before they close it (measured on the JAIR instances: 0.3 beats 0, 0.1 and 0.6).
    const double IdleWeight = 0.3;

    double Cost => st.Breaks + IdleWeight * st.Idle;

    bool Accept(double delta, double T) => delta <= 0 || rng.NextDouble() < Math.Exp(-delta / T);

    void RelocateMove(double T)
    {
        var m = movable[rng.Next(movable.Length)];
        var from = st.Slot[m];
        if (from < 0) return;
        var to = PickTarget(m, from);
        if (to < 0) return;
        if (to == from) return;
        foreach (var p in pr.MeetingParticipants[m])
            if (st.OccupantOf(p, to) >= 0) return;
        if (pr.Onsite[m] && st.OnsiteCount(to) >= pr.TableCount) return;
        var before = Cost;
        var mark = st.Mark();
        st.Remove(m);
        var i = st.FindInterpreter(m, to, augment: true);
        if (i == ScheduleState.NotFound)
        {
            st.Undo(mark);
            return;
        }
        st.Place(m, to, i);
        if (st.SessionOverflow > 0 || !Accept(Cost - before, T)) st.Undo(mark);
    }

    int[] componentStamp = [];
    int stamp;
    readonly List<int> component = [];
    const int KempeLimit = 24;

    /// <summary>
    /// A Kempe chain between two slots: the meeting moves to the other slot, the meetings of its participants there
    /// move back, theirs in turn, and so on; the participants' meeting counts never change.
    /// </summary>
    void KempeMove(double T)
    {
        // Mostly move meetings of someone whose day has a break: that is where the objective can improve.
        var a = movable[rng.Next(movable.Length)];
        for (var k = 0; k < FocusTries && !HasBreakThatDay(a); k++)
            a = movable[rng.Next(movable.Length)];
        var s1 = st.Slot[a];
        if (s1 < 0) return;
        var s2 = PickTarget(a, s1);
        if (s2 < 0 || s2 == s1) return;
        if (componentStamp.Length == 0) componentStamp = new int[pr.MeetingCount];
        stamp++;
        component.Clear();
        component.Add(a);
        componentStamp[a] = stamp;
        int onsite1 = 0, onsite2 = 0;
        for (var k = 0; k < component.Count; k++)
        {
            var x = component[k];
            var from = st.Slot[x];
            var to = from == s1 ? s2 : s1;
            if (!pr.MeetingFeasibleAt(x, to)) return;
            if (pr.Onsite[x]) { if (from == s1) onsite1++; else onsite2++; }
            foreach (var p in pr.MeetingParticipants[x])
            {
                var o = st.OccupantOf(p, to);
                if (o < 0 || componentStamp[o] == stamp) continue;
                if (pr.IsFixed[o] || component.Count >= KempeLimit) return;
                componentStamp[o] = stamp;
                component.Add(o);
            }
        }
        if (st.OnsiteCount(s1) - onsite1 + onsite2 > pr.TableCount || st.OnsiteCount(s2) - onsite2 + onsite1 > pr.TableCount) return;
        var before = Cost;
        var mark = st.Mark();
        var from1 = new bool[component.Count];
        for (var k = 0; k < component.Count; k++)
        {
            from1[k] = st.Slot[component[k]] == s1;
            st.Remove(component[k]);
        }
        for (var k = 0; k < component.Count; k++)
        {
            var x = component[k];
            var to = from1[k] ? s2 : s1;
            var i = st.FindInterpreter(x, to, augment: true);
            if (i == ScheduleState.NotFound) { st.Undo(mark); return; }
            st.Place(x, to, i);
        }
        // A chain between two capped sessions may leave someone above a session cap.
        if (st.SessionOverflow > 0 || !Accept(Cost - before, T)) st.Undo(mark);
    }

    // Kempe moves redraw the meeting up to this many times to find one whose participant has a break that day.
    const int FocusTries = 3;

    const long MoveBudget = 25_000_000;

    bool HasBreakThatDay(int m)
    {
        var s = st.Slot[m];
        if (s < 0) return false;
        foreach (var p in pr.MeetingParticipants[m])
            if (Problem.Breaks(st.BusyWord(p, pr.SlotDay[s])) > 0) return true;
        return false;
    }

    int PickTarget(int m, int from)
    {
        if (rng.Next(2) == 0)
        {
            var parts = pr.MeetingParticipants[m];
            var p = parts[rng.Next(parts.Length)];
            var d = pr.SlotDay[from];
            var busy = st.BusyWord(p, d) & ~(1UL << pr.SlotBit[from]);
            var around = ((busy << 1) | (busy >> 1)) & ~busy & pr.MeetingFeasible[m * pr.DayCount + d];
            if (around == 0) return -1;
            var pick = rng.Next(System.Numerics.BitOperations.PopCount(around));
            for (var k = 0; k < pick; k++) around &= around - 1;
            return pr.DaySlots[d][System.Numerics.BitOperations.TrailingZeroCount(around)];
        }
        var slots = feasibleSlots[m];
        return slots[rng.Next(slots.Length)];
    }

    void InsertMove(double T)
    {
        // Tournament of two: heavier unscheduled meetings are tried more often.
        var m = st.UnscheduledAt(rng.Next(st.UnscheduledCount));
        var other = st.UnscheduledAt(rng.Next(st.UnscheduledCount));
        if (!insertable[m] || (insertable[other] && pr.Weight[other] > pr.Weight[m])) m = other;
        if (!insertable[m]) return;
        var slots = feasibleSlots[m];
        var s = rng.Next(2) == 0 ? slots[rng.Next(slots.Length)] : CheapestSlot(m);
        if (s < 0) return;
        var weight = st.Weight;
        var breaks = Cost;
        var mark = st.Mark();
        if (!InsertAt(m, s, depth: 2))
        {
            st.Undo(mark);
            return;
        }
        var gain = st.Weight - weight;
        if (gain > 1e-9 || (gain > -1e-9 && Accept(Cost - breaks, T)) || Accept(-gain * LossWeight + Cost - breaks, T))
            return;
        st.Undo(mark);
    }

    // An insertion that loses weight costs this many breaks per unit: rarely taken, but it lets the search pass
    // through "one heavy out now, more back later" (measured: +1 weight on the small preset, nothing lost elsewhere).
    const double LossWeight = 4;

    /// <summary>The feasible slot where the meetings in the way weigh least (ties broken at random).</summary>
    int CheapestSlot(int m)
    {
        var best = -1;
        var bestCost = double.MaxValue;
        var slots = feasibleSlots[m];
        var offset = rng.Next(slots.Length);
        for (var k = 0; k < slots.Length; k++)
        {
            var s = slots[(k + offset) % slots.Length];
            double cost = 0;
            var blocked = false;
            foreach (var p in pr.MeetingParticipants[m])
            {
                var o = st.OccupantOf(p, s);
                if (o < 0)
                {
                    if (st.CountOf(p) >= pr.ParticipantMax[p] || st.SessionFull(p, s)) cost += 1.5;
                    continue;
                }
                if (pr.IsFixed[o]) { blocked = true; break; }
                cost += pr.Weight[o];
            }
            if (blocked) continue;
            if (pr.Onsite[m] && st.OnsiteCount(s) >= pr.TableCount) cost += 1.5;
            if (pr.NeedsInterpreter[m] && st.FindInterpreter(m, s, augment: false) == ScheduleState.NotFound) cost += 1.5;
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
    bool InsertAt(int m, int s, int depth)
    {
        var ejected = new List<int>(4);
        foreach (var p in pr.MeetingParticipants[m])
        {
            var o = st.OccupantOf(p, s);
            if (o < 0) continue;
            if (pr.IsFixed[o]) return false;
            if (!ejected.Contains(o)) ejected.Add(o);
        }
        foreach (var o in ejected) st.Remove(o);
        foreach (var p in pr.MeetingParticipants[m])
        {
            if (st.CountOf(p) < pr.ParticipantMax[p]) continue;
            var o = LightestMeetingOf(p);
            if (o < 0) return false;
            st.Remove(o);
            ejected.Add(o);
        }
        foreach (var p in pr.MeetingParticipants[m])
        {
            if (!st.SessionFull(p, s)) continue;
            var o = LightestMeetingOf(p, pr.SlotSession[s]);
            if (o < 0) return false;
            st.Remove(o);
            ejected.Add(o);
        }
        if (pr.Onsite[m] && st.OnsiteCount(s) >= pr.TableCount)
        {
            var o = LightestOnsiteAt(s);
            if (o < 0) return false;
            st.Remove(o);
            ejected.Add(o);
        }
        var i = st.FindInterpreter(m, s, augment: true);
        if (i == ScheduleState.NotFound)
        {
            foreach (var c in pr.CandidateInterpreters[m])
            {
                var o = st.InterpreterOccupant(c, s);
                if (o < 0 || pr.IsFixed[o]) continue;
                st.Remove(o);
                ejected.Add(o);
                if (st.InterpreterFree(c, s)) { i = c; break; }
            }
            if (i < 0) return false;
        }
        st.Place(m, s, i);
        var w = pr.Weight[m];
        ejected.Sort((a, b) => pr.Weight[b].CompareTo(pr.Weight[a]));
        foreach (var o in ejected)
            if (!PlaceDirect(o, augment: true) && depth > 0 && pr.Weight[o] > 0)
                Rechain(o, depth - 1, w);
        // Fill: whoever lost a meeting for good may now have room (capacity, an interpreter) for another of theirs;
        // this turns "one heavy out, two lighter in" into a single move.
        foreach (var o in ejected)
        {
            if (st.Slot[o] >= 0) continue;
            foreach (var p in pr.MeetingParticipants[o])
            {
                var tries = 0;
                foreach (var u in byWeight[p])
                {
                    if (st.Slot[u] >= 0 || !insertable[u] || u == o) continue;
                    PlaceDirect(u, augment: true);
                    if (++tries == 3) break;
                }
            }
        }
        return true;
    }

    /// <summary>One link of an ejection chain: place o by displacing a single lighter (or equal) meeting.</summary>
    void Rechain(int o, int depth, double limit)
    {
        var slots = feasibleSlots[o];
        for (var tries = 0; tries < Math.Min(6, slots.Length); tries++)
        {
            var s = slots[rng.Next(slots.Length)];
            var blocker = -1;
            var blocked = false;
            foreach (var p in pr.MeetingParticipants[o])
            {
                var x = st.OccupantOf(p, s);
                if (x < 0) continue;
                if (blocker >= 0 && x != blocker || pr.IsFixed[x]) { blocked = true; break; }
                blocker = x;
            }
            if (blocked || blocker < 0 || pr.Weight[blocker] > pr.Weight[o] || pr.Weight[blocker] > limit) continue;
            var mark = st.Mark();
            st.Remove(blocker);
            if (st.CanHost(o, s))
            {
                var i = st.FindInterpreter(o, s, augment: true);
                if (i != ScheduleState.NotFound)
                {
                    st.Place(o, s, i);
                    if (!PlaceDirect(blocker, augment: true) && depth > 0)
                        Rechain(blocker, depth - 1, limit);
                    return;
                }
            }
            st.Undo(mark);
        }
    }

    /// <summary>The lightest movable meeting of participant p (in the given capped session only, when one is given).</summary>
    int LightestMeetingOf(int p, int session = -1)
    {
        var best = -1;
        foreach (var o in pr.MeetingsOfParticipant[p])
            if (st.Slot[o] >= 0 && !pr.IsFixed[o] && (session < 0 || pr.SlotSession[st.Slot[o]] == session) && (best < 0 || pr.Weight[o] < pr.Weight[best] || (pr.Weight[o] == pr.Weight[best] && rng.Next(2) == 0)))
                best = o;
        return best;
    }

    int LightestOnsiteAt(int s)
    {
        var n = st.OnsiteCount(s);
        var best = -1;
        for (var k = 0; k < Math.Min(8, n); k++)
        {
            var o = st.OnsiteAt(s, rng.Next(n));
            if (!pr.IsFixed[o] && (best < 0 || pr.Weight[o] < pr.Weight[best])) best = o;
        }
        return best;
    }

    /// <summary>
    /// Objective 3: for the participant with the smallest served share, try to schedule one more of their
    /// meetings by ejecting meetings of better-served participants, keeping the weight and not adding breaks.
    /// </summary>
    void LiftWorstServed()
    {
        var P = pr.ParticipantCount;
        if (P == 0 || st.UnscheduledCount == 0) return;
        st.Logging = true;
        var served = new int[P];
        for (var m = 0; m < pr.MeetingCount; m++)
            if (st.Slot[m] >= 0)
                foreach (var p in pr.MeetingParticipants[m]) served[p]++;
        double Share(int p) => pr.MeetingsOfParticipant[p].Length == 0 ? 1 : (double)served[p] / pr.MeetingsOfParticipant[p].Length;
        var stuck = new bool[P];
        for (var round = 0; round < 10_000 && !TimeUp; round++)
        {
            var worst = -1;
            for (var p = 0; p < P; p++)
                if (!stuck[p] && pr.MeetingsOfParticipant[p].Length > 0 && (worst < 0 || Share(p) < Share(worst)))
                    worst = p;
            if (worst < 0) break;
            var floor = Share(worst);
            var lifted = false;
            foreach (var m in pr.MeetingsOfParticipant[worst])
            {
                if (st.Slot[m] >= 0 || !insertable[m]) continue;
                foreach (var s in feasibleSlots[m])
                {
                    var weight = st.Weight;
                    var breaks = st.Breaks;
                    var mark = st.Mark();
                    if (InsertAt(m, s, depth: 1) && st.Weight >= weight - 1e-9 && st.Breaks <= breaks)
                    {
                        var delta = new Dictionary<int, int>();
                        foreach (var t in st.TouchedSince(mark).Distinct())
                            foreach (var p in pr.MeetingParticipants[t])
                                delta[p] = 0;
                        var ok = true;
                        foreach (var p in delta.Keys)
                        {
                            var now = pr.MeetingsOfParticipant[p].Count(x => st.Slot[x] >= 0);
                            var share = (double)now / pr.MeetingsOfParticipant[p].Length;
                            if (p != worst && share <= floor + 1e-12 && now < served[p]) { ok = false; break; }
                            delta[p] = now;
                        }
                        if (ok)
                        {
                            foreach (var (p, now) in delta) served[p] = now;
                            st.Commit();
                            lifted = true;
                            break;
                        }
                    }
                    st.Undo(mark);
                }
                if (lifted) break;
            }
            if (!lifted) stuck[worst] = true;
        }
        st.Logging = false;
        st.Commit();
    }
}
