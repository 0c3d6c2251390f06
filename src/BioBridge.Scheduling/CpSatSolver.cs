using Google.OrTools.Sat;

namespace BioBridge.Scheduling;

/// <summary>
/// The same problem as a CP-SAT model: a literal per meeting and feasible slot (and per interpreter where one is
/// needed), capacity constraints per participant, table and interpreter, and the break count of Bofill et al.
/// (a "start" literal per participant and slot where a run of meetings begins, minus one per day with a meeting).
/// The objective is lexicographic in one number: weight × (max breaks + 1) − breaks.
/// </summary>
static class CpSatSolver
{
    public sealed record Outcome(Solution? Solution, bool Optimal, double? WeightBound, string Status);

    /// <summary>With <paramref name="atLeastHintWeight"/>, solutions lighter than the hint are cut off (the hint's weight
    /// is a proven lower bound), and when the hint schedules every meeting that can be, each must be scheduled.</summary>
    public static Outcome Solve(Problem pr, double seconds, int seed, Solution? hint = null, TextWriter? progress = null, int workers = 2, bool atLeastHintWeight = false, bool[]? free = null, bool weightOnly = false)
    {
        // With `free` (large-neighbourhood search), only the free meetings move; the others stay where the hint has them.
        if (free is not null && hint is null) throw new ArgumentException("a neighbourhood needs a hint", nameof(free));
        bool Frozen(int m) => pr.IsFixed[m] || (free is not null && !free[m]);
        int FrozenSlot(int m) => pr.IsFixed[m] ? pr.FixedSlot[m] : hint!.Slot[m];
        int FrozenInterpreter(int m) => pr.IsFixed[m] ? pr.FixedInterpreter[m] : hint!.Interpreter[m];
        var S = pr.SlotCount;
        var model = new CpModel();
        var scale = pr.Weight.All(w => w == Math.Floor(w)) ? 1 : 100;
        long W(int m) => (long)Math.Round(pr.Weight[m] * scale);

        // What fixed meetings take for sure.
        var fixedBusy = new HashSet<(int P, int S)>();
        var fixedCount = new int[pr.ParticipantCount];
        var fixedSessionCount = new int[pr.ParticipantCount * pr.SessionCount];
        var fixedOnsite = new int[S];
        var fixedInterpreterAt = new HashSet<(int I, int S)>();
        var fixedInterpreterCount = new int[pr.InterpreterCount];
        long fixedWeight = 0;
        for (var m = 0; m < pr.MeetingCount; m++)
        {
            if (!Frozen(m)) continue;
            var s = FrozenSlot(m);
            if (s < 0) continue;
            fixedWeight += W(m);
            foreach (var p in pr.MeetingParticipants[m])
            {
                fixedBusy.Add((p, s));
                fixedCount[p]++;
                if (pr.SlotSession[s] is var k and >= 0) fixedSessionCount[p * pr.SessionCount + k]++;
            }
            if (pr.Onsite[m]) fixedOnsite[s]++;
            if (FrozenInterpreter(m) is var i and >= 0)
            {
                fixedInterpreterAt.Add((i, s));
                fixedInterpreterCount[i]++;
            }
        }

        var everyReachableScheduled = hint is not null &&
            Enumerable.Range(0, pr.MeetingCount).All(m => pr.IsFixed[m] || hint.Slot[m] >= 0 || pr.FeasibleSlotCount(m) == 0);
        var x = new Dictionary<(int M, int S), BoolVar>();
        var z = new Dictionary<(int M, int S), List<(int I, BoolVar V)>>();
        var atParticipantSlot = new Dictionary<(int P, int S), List<BoolVar>>();
        var onsiteAt = new List<BoolVar>[S];
        for (var s = 0; s < S; s++) onsiteAt[s] = [];
        var interpreterAt = new Dictionary<(int I, int S), List<BoolVar>>();
        var objective = new List<(BoolVar V, long C)>();
        for (var m = 0; m < pr.MeetingCount; m++)
        {
            if (Frozen(m)) continue;
            var mine = new List<BoolVar>();
            foreach (var s in pr.FeasibleSlots(m))
            {
                if (pr.MeetingParticipants[m].Any(p => fixedBusy.Contains((p, s)))) continue;
                List<(int I, BoolVar V)>? options = null;
                if (pr.NeedsInterpreter[m])
                {
                    options = [];
                    foreach (var i in pr.CandidateInterpreters[m])
                        if (pr.InterpreterAvailableAt(i, s) && !fixedInterpreterAt.Contains((i, s)))
                            options.Add((i, model.NewBoolVar("")));
                    if (options.Count == 0) continue;
                }
                var v = model.NewBoolVar("");
                x[(m, s)] = v;
                mine.Add(v);
                foreach (var p in pr.MeetingParticipants[m])
                {
                    if (!atParticipantSlot.TryGetValue((p, s), out var list)) atParticipantSlot[(p, s)] = list = [];
                    list.Add(v);
                }
                if (pr.Onsite[m]) onsiteAt[s].Add(v);
                if (options is not null)
                {
                    z[(m, s)] = options;
                    model.Add(LinearExpr.Sum(options.Select(o => o.V)) == v);
                    foreach (var (i, zv) in options)
                    {
                        if (!interpreterAt.TryGetValue((i, s), out var list)) interpreterAt[(i, s)] = list = [];
                        list.Add(zv);
                    }
                }
                objective.Add((v, W(m)));
            }
            if (atLeastHintWeight && hint is not null && hint.Slot[m] >= 0 && everyReachableScheduled && mine.Count > 0)
                model.AddExactlyOne(mine);
            else if (mine.Count > 1)
                model.AddAtMostOne(mine);
        }
        if (atLeastHintWeight && hint is not null && !everyReachableScheduled)
        {
            long hintWeight = 0;
            for (var m = 0; m < pr.MeetingCount; m++)
                if (!Frozen(m) && hint.Slot[m] >= 0) hintWeight += W(m);
            model.Add(LinearExpr.WeightedSum(objective.Select(t => t.V), objective.Select(t => t.C)) >= hintWeight);
        }
        progress?.WriteLine($"cp-sat: {x.Count} meeting-slot literals, {z.Values.Sum(l => l.Count)} interpreter literals");

        foreach (var list in atParticipantSlot.Values)
            if (list.Count > 1) model.AddAtMostOne(list);
        for (var p = 0; p < pr.ParticipantCount; p++)
        {
            if (pr.ParticipantMax[p] == int.MaxValue) continue;
            var all = pr.MeetingsOfParticipant[p].SelectMany(m => Enumerable.Range(0, S).Where(s => x.ContainsKey((m, s))).Select(s => x[(m, s)])).ToList();
            if (all.Count > pr.ParticipantMax[p] - fixedCount[p]) model.Add(LinearExpr.Sum(all) <= pr.ParticipantMax[p] - fixedCount[p]);
        }
        if (pr.SessionCount > 0)
            foreach (var group in atParticipantSlot.Where(e => pr.SlotSession[e.Key.S] >= 0).GroupBy(e => (e.Key.P, Session: pr.SlotSession[e.Key.S])))
            {
                var room = pr.SessionMax[group.Key.Session] - fixedSessionCount[group.Key.P * pr.SessionCount + group.Key.Session];
                var all = group.SelectMany(e => e.Value).ToList();
                if (all.Count > room) model.Add(LinearExpr.Sum(all) <= room);
            }
        for (var s = 0; s < S; s++)
            if (onsiteAt[s].Count > pr.TableCount - fixedOnsite[s]) model.Add(LinearExpr.Sum(onsiteAt[s]) <= pr.TableCount - fixedOnsite[s]);
        var ofInterpreter = new List<BoolVar>[pr.InterpreterCount];
        for (var i = 0; i < pr.InterpreterCount; i++) ofInterpreter[i] = [];
        foreach (var ((i, _), list) in interpreterAt)
        {
            if (list.Count > 1) model.AddAtMostOne(list);
            ofInterpreter[i].AddRange(list);
        }
        for (var i = 0; i < pr.InterpreterCount; i++)
            if (pr.InterpreterMax[i] != int.MaxValue && ofInterpreter[i].Count > pr.InterpreterMax[i] - fixedInterpreterCount[i])
                model.Add(LinearExpr.Sum(ofInterpreter[i]) <= pr.InterpreterMax[i] - fixedInterpreterCount[i]);

        var (penalties, hints) = weightOnly
            ? (new List<(ILiteral L, long C)>(), new List<(BoolVar V, bool Value)>())
            : BreakPenalties(model, pr, fixedBusy, atParticipantSlot, hint?.Slot);
        // Breaks = Σ penalties + the runs fixed meetings start, and Σ penalties spans less than `big`, so weight dominates.
        long starts = penalties.Count(t => t.C > 0);
        long big = penalties.Count + 1;
        var objectiveExpr = LinearExpr.WeightedSum(objective.Select(t => t.V), objective.Select(t => t.C * big))
                            - LinearExpr.WeightedSum(penalties.Select(t => t.L), penalties.Select(t => t.C));
        model.Maximize(objectiveExpr);

        if (hint is not null)
        {
            foreach (var ((m, s), v) in x) model.AddHint(v, hint.Slot[m] == s);
            foreach (var ((m, s), options) in z)
                foreach (var (i, zv) in options) model.AddHint(zv, hint.Slot[m] == s && hint.Interpreter[m] == i);
            foreach (var (v, value) in hints) model.AddHint(v, value);
        }

        using var solver = new CpSolver
        {
            StringParameters = $"max_time_in_seconds:{Math.Max(0.05, seconds).ToString(System.Globalization.CultureInfo.InvariantCulture)} num_workers:{workers} random_seed:{seed}",
        };
        var status = solver.Solve(model);
        progress?.WriteLine($"cp-sat: {status}, objective {solver.ObjectiveValue}, bound {solver.BestObjectiveBound}, {solver.WallTime():0.00}s");
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
            return new Outcome(null, false, null, status.ToString());

        var slot = new int[pr.MeetingCount];
        var interpreter = new int[pr.MeetingCount];
        Array.Fill(slot, -1);
        Array.Fill(interpreter, -1);
        for (var m = 0; m < pr.MeetingCount; m++)
            if (Frozen(m))
            {
                slot[m] = FrozenSlot(m);
                interpreter[m] = slot[m] >= 0 ? FrozenInterpreter(m) : -1;
            }
        foreach (var ((m, s), v) in x)
            if (solver.BooleanValue(v))
            {
                slot[m] = s;
                if (z.TryGetValue((m, s), out var options))
                    interpreter[m] = options.First(o => solver.BooleanValue(o.V)).I;
            }

        double? weightBound = null;
        if (scale == 1 && free is null)
        {
            // objective = big·(weight − fixed) − Σ penalties with Σ penalties ≤ starts.
            var ceiling = Math.Floor(solver.BestObjectiveBound + 1e-6);
            weightBound = Math.Floor((ceiling + starts) / big) + fixedWeight;
        }
        return new Outcome(Solution.WithLocations(pr, slot, interpreter), status == CpSolverStatus.Optimal, weightBound, status.ToString());
    }

    /// <summary>
    /// The break count of Bofill et al. as penalties: busy(p,s) is a constant (0/1) or a literal; start(p,s) >=
    /// busy(p,s) - busy(p,s-1) costs 1 and any(p,d) <= Σ busy earns 1 back per day with a meeting. With a hint, each
    /// new literal gets the value the hint implies.
    /// </summary>
    static (List<(ILiteral L, long C)> Penalties, List<(BoolVar V, bool Value)> Hints) BreakPenalties(CpModel model, Problem pr,
        HashSet<(int P, int S)> fixedBusy, Dictionary<(int P, int S), List<BoolVar>> atParticipantSlot, int[]? hintSlot)
    {
        bool HintBusy(int p, int s) => fixedBusy.Contains((p, s)) || (hintSlot is not null && pr.MeetingsOfParticipant[p].Any(m => hintSlot[m] == s));
        var penalties = new List<(ILiteral L, long C)>();
        var hints = new List<(BoolVar V, bool Value)>();
        for (var p = 0; p < pr.ParticipantCount; p++)
            for (var d = 0; d < pr.DayCount; d++)
            {
                var slots = pr.DaySlots[d];
                LinearExpr? previous = null;
                var previousConstant = 0;
                var anyTerms = new List<LinearExpr>();
                var anyConstant = false;
                var anyVariable = false;
                for (var b = 0; b < slots.Length; b++)
                {
                    var s = slots[b];
                    LinearExpr? busy = null;
                    var constant = fixedBusy.Contains((p, s)) ? 1 : 0;
                    if (constant == 0 && atParticipantSlot.TryGetValue((p, s), out var list))
                        busy = list.Count == 1 ? list[0] : LinearExpr.Sum(list);
                    if (constant == 1)
                    {
                        anyConstant = true;
                        if (previous is not null)
                        {
                            var start = model.NewBoolVar("");
                            model.Add(start + previous >= 1);
                            penalties.Add((start, 1));
                            if (hintSlot is not null) hints.Add((start, !HintBusy(p, slots[b - 1])));
                        }
                    }
                    else if (busy is not null)
                    {
                        anyVariable = true;
                        anyTerms.Add(busy);
                        if (previousConstant == 0)
                        {
                            var start = model.NewBoolVar("");
                            if (previous is null) model.Add(start >= busy);
                            else model.Add(start >= busy - previous);
                            penalties.Add((start, 1));
                            if (hintSlot is not null) hints.Add((start, HintBusy(p, s) && (b == 0 || !HintBusy(p, slots[b - 1]))));
                        }
                    }
                    previous = busy;
                    previousConstant = constant;
                }
                if (!anyConstant && anyVariable)
                {
                    var any = model.NewBoolVar("");
                    model.Add(any <= LinearExpr.Sum(anyTerms));
                    penalties.Add((any, -1));
                    if (hintSlot is not null) hints.Add((any, slots.Any(s => HintBusy(p, s))));
                }
            }
        return (penalties, hints);
    }
}
