using System.Numerics;
using Google.OrTools.LinearSolver;

namespace BioBridge.Scheduling;

/// <summary>
/// A proven upper bound on objective 1 (scheduled weight) from a linear relaxation solved by GLOP.
/// Instances up to <see cref="TimeIndexedLimit"/> cells get the time-indexed relaxation (a variable per meeting,
/// feasible slot and, where one is needed, usable interpreter, with participant, table and interpreter capacity
/// per slot and the maxima over the event); larger ones an aggregated one (a variable per meeting, with per
/// participant, table and interpreter-group capacities over the whole event).
/// The bound reported is not GLOP's objective but the Lagrangian value of its duals, clipped to be non-negative:
/// that value is an upper bound for any multipliers, so floating-point error or a time-out cannot make it unsafe.
/// </summary>
static class UpperBound
{
    /// <summary>Meeting-slot(-interpreter) cells up to which the time-indexed relaxation is solved (the medium preset
    /// has 650,000 and GLOP takes a few seconds; the event preset, with millions, gets the aggregated one).</summary>
    public const long TimeIndexedLimit = 1_000_000;

    public static Relaxation Compute(Problem pr, double seconds, TextWriter? progress = null)
    {
        var reachable = 0.0;
        long cells = 0;
        for (var m = 0; m < pr.MeetingCount; m++)
        {
            var n = pr.IsFixed[m] ? 1 : pr.FeasibleSlotCount(m);
            if (n > 0) reachable += pr.Weight[m];
            cells += n * Math.Max(1, InterpretersOf(pr, m).Length);
        }
        if (reachable == 0) return new Relaxation(0, null);
        List<(int M, int S, int I)>? cellOf = null;
        var lp = cells <= TimeIndexedLimit ? TimeIndexed(pr, out cellOf) : Aggregated(pr);
        double bound;
        Solution? rounded = null;
        try
        {
            (bound, var values) = lp.Solve(seconds);
            if (values is not null && cellOf is not null) rounded = Round(pr, cellOf, values);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            progress?.WriteLine($"bound: LP failed ({e.Message}); using the total weight");
            bound = reachable;
        }
        bound = Math.Min(bound, reachable);
        if (pr.Weight.All(w => w == Math.Floor(w)))
            bound = Math.Floor(bound + 1e-6);
        progress?.WriteLine($"bound: {bound:0.##} ({(cellOf is not null ? "time-indexed" : "aggregated")} LP, {lp.Variables} variables, {lp.Rows.Count} rows)");
        return new Relaxation(bound, rounded);
    }

    /// <summary>
    /// The LP optimum as a schedule: fixed meetings first, then cells by decreasing LP value, each where it still fits
    /// (with the interpreter the LP chose). When the LP optimum is integral this is an optimal schedule in weight,
    /// which local search can miss.
    /// </summary>
    static Solution Round(Problem pr, List<(int M, int S, int I)> cellOf, double[] values)
    {
        var st = new ScheduleState(pr);
        for (var m = 0; m < pr.MeetingCount; m++)
            if (pr.IsFixed[m]) st.Place(m, pr.FixedSlot[m], pr.FixedInterpreter[m]);
        var order = Enumerable.Range(0, cellOf.Count).Where(v => values[v] > 1e-6).OrderByDescending(v => values[v]).ThenBy(v => v);
        foreach (var v in order)
        {
            var (m, s, i) = cellOf[v];
            if (pr.IsFixed[m] || st.Slot[m] >= 0 || !st.CanHost(m, s) || (i >= 0 && !st.InterpreterFree(i, s))) continue;
            st.Place(m, s, i);
        }
        return Solution.WithLocations(pr, st.Slot, st.Interpreter);
    }

    static ulong[] FeasibleWords(Problem pr, int m)
    {
        var D = pr.DayCount;
        var words = new ulong[D];
        if (pr.IsFixed[m])
            words[pr.SlotDay[pr.FixedSlot[m]]] = 1UL << pr.SlotBit[pr.FixedSlot[m]];
        else
            Array.Copy(pr.MeetingFeasible, m * D, words, 0, D);
        return words;
    }

    static Dictionary<string, (int[] Interpreters, List<int> Meetings)> InterpreterGroups(Problem pr)
    {
        // Meetings grouped by their set of usable interpreters; a group's meetings can only use those.
        var groups = new Dictionary<string, (int[] Interpreters, List<int> Meetings)>();
        for (var m = 0; m < pr.MeetingCount; m++)
        {
            if (!pr.NeedsInterpreter[m]) continue;
            var set = pr.IsFixed[m] ? [pr.FixedInterpreter[m]] : pr.CandidateInterpreters[m];
            var key = string.Join(',', set);
            if (!groups.TryGetValue(key, out var g)) groups[key] = g = (set, []);
            g.Meetings.Add(m);
        }
        return groups;
    }

    static RelaxedProblem Aggregated(Problem pr)
    {
        var lp = new RelaxedProblem();
        var D = pr.DayCount;
        var variable = new int[pr.MeetingCount];
        var union = new ulong[pr.ParticipantCount * D];
        var onsiteSlots = new ulong[D];
        var onsite = new List<int>();
        for (var m = 0; m < pr.MeetingCount; m++)
        {
            var words = FeasibleWords(pr, m);
            if (words.All(w => w == 0)) { variable[m] = -1; continue; }
            variable[m] = lp.AddVariable(pr.Weight[m]);
            foreach (var p in pr.MeetingParticipants[m])
                for (var d = 0; d < D; d++) union[p * D + d] |= words[d];
            if (pr.Onsite[m])
            {
                onsite.Add(variable[m]);
                for (var d = 0; d < D; d++) onsiteSlots[d] |= words[d];
            }
        }
        for (var p = 0; p < pr.ParticipantCount; p++)
        {
            var vars = pr.MeetingsOfParticipant[p].Where(m => variable[m] >= 0).Select(m => variable[m]).ToArray();
            var slots = 0;
            for (var d = 0; d < D; d++) slots += BitOperations.PopCount(union[p * D + d]);
            var cap = Math.Min(pr.ParticipantMax[p], slots);
            if (vars.Length > cap) lp.AddRow(vars, cap);
        }
        var tableSlots = onsiteSlots.Sum(w => BitOperations.PopCount(w));
        if (onsite.Count > (long)pr.TableCount * tableSlots) lp.AddRow([.. onsite], (double)pr.TableCount * tableSlots);
        var groups = InterpreterGroups(pr).Values.ToList();
        if (groups.Count > 64)
            groups = [(Enumerable.Range(0, pr.InterpreterCount).ToArray(), groups.SelectMany(g => g.Meetings).ToList())];
        foreach (var (interpreters, _) in groups)
        {
            var covered = groups.Where(g => g.Interpreters.All(interpreters.Contains)).SelectMany(g => g.Meetings).Where(m => variable[m] >= 0).ToList();
            double cap = 0;
            foreach (var i in interpreters)
            {
                var slots = 0;
                for (var d = 0; d < D; d++) slots += BitOperations.PopCount(pr.InterpreterAvailable[i * D + d]);
                cap += Math.Min(pr.InterpreterMax[i], slots);
            }
            if (covered.Count > cap) lp.AddRow(covered.Select(m => variable[m]).ToArray(), cap);
        }
        return lp;
    }

    /// <summary>Interpreters a meeting may use in the relaxation: its fixed one, or every compatible one.</summary>
    static int[] InterpretersOf(Problem pr, int m) =>
        !pr.NeedsInterpreter[m] ? [] : pr.IsFixed[m] && pr.FixedInterpreter[m] >= 0 ? [pr.FixedInterpreter[m]] : pr.CandidateInterpreters[m];

    /// <summary>A variable per meeting and feasible slot, and for a meeting that needs an interpreter one per slot and
    /// usable interpreter, so that interpreters are assigned one by one (each in one meeting per slot and in at most
    /// maxMeetings) as participants and tables are; <paramref name="cellOf"/> names each variable's cell.</summary>
    static RelaxedProblem TimeIndexed(Problem pr, out List<(int M, int S, int I)> cellOf)
    {
        var lp = new RelaxedProblem();
        cellOf = [];
        var S = pr.SlotCount;
        var atParticipantSlot = new Dictionary<(int P, int S), List<int>>();
        var ofParticipant = new List<int>[pr.ParticipantCount];
        for (var p = 0; p < pr.ParticipantCount; p++) ofParticipant[p] = [];
        var onsiteAt = new List<int>[S];
        for (var s = 0; s < S; s++) onsiteAt[s] = [];
        var atInterpreterSlot = new Dictionary<(int I, int S), List<int>>();
        var ofInterpreter = new List<int>[pr.InterpreterCount];
        for (var i = 0; i < pr.InterpreterCount; i++) ofInterpreter[i] = [];
        for (var m = 0; m < pr.MeetingCount; m++)
        {
            var slots = pr.IsFixed[m] ? [pr.FixedSlot[m]] : pr.FeasibleSlots(m);
            var interpreters = InterpretersOf(pr, m);
            var mine = new List<int>();
            foreach (var s in slots)
            {
                int[] options = pr.NeedsInterpreter[m] ? [.. interpreters.Where(i => pr.IsFixed[m] || pr.InterpreterAvailableAt(i, s))] : [-1];
                foreach (var i in options)
                {
                    var v = lp.AddVariable(pr.Weight[m]);
                    cellOf.Add((m, s, i));
                    mine.Add(v);
                    foreach (var p in pr.MeetingParticipants[m])
                    {
                        if (!atParticipantSlot.TryGetValue((p, s), out var list)) atParticipantSlot[(p, s)] = list = [];
                        list.Add(v);
                        ofParticipant[p].Add(v);
                    }
                    if (pr.Onsite[m]) onsiteAt[s].Add(v);
                    if (i < 0) continue;
                    if (!atInterpreterSlot.TryGetValue((i, s), out var at)) atInterpreterSlot[(i, s)] = at = [];
                    at.Add(v);
                    ofInterpreter[i].Add(v);
                }
            }
            if (mine.Count > 1) lp.AddRow([.. mine], 1);
        }
        foreach (var list in atParticipantSlot.Values)
            if (list.Count > 1) lp.AddRow([.. list], 1);
        for (var p = 0; p < pr.ParticipantCount; p++)
            if (pr.ParticipantMax[p] < pr.MeetingsOfParticipant[p].Length) lp.AddRow([.. ofParticipant[p]], pr.ParticipantMax[p]);
        for (var s = 0; s < S; s++)
            if (onsiteAt[s].Count > pr.TableCount) lp.AddRow([.. onsiteAt[s]], pr.TableCount);
        foreach (var list in atInterpreterSlot.Values)
            if (list.Count > 1) lp.AddRow([.. list], 1);
        for (var i = 0; i < pr.InterpreterCount; i++)
            if (ofInterpreter[i].Count > pr.InterpreterMax[i]) lp.AddRow([.. ofInterpreter[i]], pr.InterpreterMax[i]);
        return lp;
    }

    /// <summary>max w·x subject to rows Σ x ≤ cap, 0 ≤ x ≤ 1; all coefficients are 1.</summary>
    sealed class RelaxedProblem
    {
        readonly List<double> weights = [];
        public List<(int[] Vars, double Cap)> Rows { get; } = [];
        public int Variables => weights.Count;

        public int AddVariable(double weight)
        {
            weights.Add(weight);
            return weights.Count - 1;
        }

        public void AddRow(int[] vars, double cap) => Rows.Add((vars, cap));

        /// <summary>The bound, and the LP solution when GLOP proved it optimal.</summary>
        public (double Bound, double[]? Values) Solve(double seconds)
        {
            using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available");
            solver.SetTimeLimit((long)(Math.Max(0.1, seconds) * 1000));
            var x = new Variable[weights.Count];
            var objective = solver.Objective();
            for (var v = 0; v < x.Length; v++)
            {
                x[v] = solver.MakeNumVar(0, 1, "");
                objective.SetCoefficient(x[v], weights[v]);
            }
            objective.SetMaximization();
            var constraints = new Constraint[Rows.Count];
            for (var r = 0; r < Rows.Count; r++)
            {
                var c = solver.MakeConstraint(double.NegativeInfinity, Rows[r].Cap, "");
                foreach (var v in Rows[r].Vars) c.SetCoefficient(x[v], 1);
                constraints[r] = c;
            }
            var status = solver.Solve();
            var duals = new double[Rows.Count];
            if (status is Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE)
                for (var r = 0; r < Rows.Count; r++) duals[r] = Math.Abs(constraints[r].DualValue());
            var values = status == Solver.ResultStatus.OPTIMAL ? x.Select(v => v.SolutionValue()).ToArray() : null;
            return (Lagrangian(duals), values);
        }

        /// <summary>Σ cap·π + Σ_v max(0, w_v − Σ_{rows∋v} π): valid for every π ≥ 0 (weak duality).</summary>
        public double Lagrangian(double[] duals)
        {
            var reduced = weights.ToArray();
            double bound = 0;
            for (var r = 0; r < Rows.Count; r++)
            {
                var pi = Math.Max(0, duals[r]);
                if (pi == 0) continue;
                bound += pi * Rows[r].Cap;
                foreach (var v in Rows[r].Vars) reduced[v] -= pi;
            }
            foreach (var w in reduced) bound += Math.Max(0, w);
            return bound;
        }
    }
}
