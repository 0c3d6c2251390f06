using System.Numerics;
using Google.OrTools.LinearSolver;

namespace BioBridge.Scheduling;

/// <summary>
/// A proven upper bound on objective 1 (scheduled weight) from a linear relaxation solved by GLOP.
/// Small instances get the time-indexed relaxation (a variable per meeting and feasible slot, with participant,
/// table and interpreter capacity per slot); large ones an aggregated one (a variable per meeting, with per
/// participant, table and interpreter-group capacities over the whole event).
/// The bound reported is not GLOP's objective but the Lagrangian value of its duals, clipped to be non-negative:
/// that value is an upper bound for any multipliers, so floating-point error or a time-out cannot make it unsafe.
/// </summary>
internal static class UpperBound
{
    public const long TimeIndexedLimit = 150_000;

    public static double Compute(Problem pr, double seconds, TextWriter? progress = null)
    {
        var reachable = 0.0;
        long cells = 0;
        for (var m = 0; m < pr.MeetingCount; m++)
        {
            var n = pr.IsFixed[m] ? 1 : pr.FeasibleSlotCount(m);
            if (n > 0) reachable += pr.Weight[m];
            cells += n;
        }
        if (reachable == 0) return 0;
        var lp = cells <= TimeIndexedLimit ? TimeIndexed(pr) : Aggregated(pr);
        double bound;
        try
        {
            bound = lp.Solve(seconds);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            progress?.WriteLine($"bound: LP failed ({e.Message}); using the total weight");
            bound = reachable;
        }
        bound = Math.Min(bound, reachable);
        if (pr.Weight.All(w => w == Math.Floor(w)))
            bound = Math.Floor(bound + 1e-6);
        progress?.WriteLine($"bound: {bound:0.##} ({(cells <= TimeIndexedLimit ? "time-indexed" : "aggregated")} LP, {lp.Variables} variables, {lp.Rows.Count} rows)");
        return bound;
    }

    private static ulong[] FeasibleWords(Problem pr, int m)
    {
        var D = pr.DayCount;
        var words = new ulong[D];
        if (pr.IsFixed[m])
            words[pr.SlotDay[pr.FixedSlot[m]]] = 1UL << pr.SlotBit[pr.FixedSlot[m]];
        else
            Array.Copy(pr.MeetingFeasible, m * D, words, 0, D);
        return words;
    }

    private static Dictionary<string, (int[] Interpreters, List<int> Meetings)> InterpreterGroups(Problem pr)
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

    private static RelaxedProblem Aggregated(Problem pr)
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

    private static RelaxedProblem TimeIndexed(Problem pr)
    {
        var lp = new RelaxedProblem();
        var S = pr.SlotCount;
        var variable = new Dictionary<(int M, int S), int>();
        var atParticipantSlot = new Dictionary<(int P, int S), List<int>>();
        var ofParticipant = new List<int>[pr.ParticipantCount];
        for (var p = 0; p < pr.ParticipantCount; p++) ofParticipant[p] = [];
        var onsiteAt = new List<int>[S];
        for (var s = 0; s < S; s++) onsiteAt[s] = [];
        for (var m = 0; m < pr.MeetingCount; m++)
        {
            var slots = pr.IsFixed[m] ? [pr.FixedSlot[m]] : pr.FeasibleSlots(m);
            if (slots.Count == 0) continue;
            var mine = new int[slots.Count];
            for (var k = 0; k < slots.Count; k++)
            {
                var s = slots[k];
                var v = lp.AddVariable(pr.Weight[m]);
                mine[k] = v;
                variable[(m, s)] = v;
                foreach (var p in pr.MeetingParticipants[m])
                {
                    if (!atParticipantSlot.TryGetValue((p, s), out var list)) atParticipantSlot[(p, s)] = list = [];
                    list.Add(v);
                    ofParticipant[p].Add(v);
                }
                if (pr.Onsite[m]) onsiteAt[s].Add(v);
            }
            if (mine.Length > 1) lp.AddRow(mine, 1);
        }
        foreach (var list in atParticipantSlot.Values)
            if (list.Count > 1) lp.AddRow([.. list], 1);
        for (var p = 0; p < pr.ParticipantCount; p++)
        {
            var distinct = pr.MeetingsOfParticipant[p].Length;
            if (pr.ParticipantMax[p] < distinct) lp.AddRow([.. ofParticipant[p]], pr.ParticipantMax[p]);
        }
        for (var s = 0; s < S; s++)
            if (onsiteAt[s].Count > pr.TableCount) lp.AddRow([.. onsiteAt[s]], pr.TableCount);
        var groups = InterpreterGroups(pr).Values.ToList();
        foreach (var (interpreters, _) in groups)
        {
            var covered = groups.Where(g => g.Interpreters.All(interpreters.Contains)).SelectMany(g => g.Meetings).ToList();
            var all = new List<int>();
            for (var s = 0; s < S; s++)
            {
                var vars = covered.Where(m => variable.ContainsKey((m, s))).Select(m => variable[(m, s)]).ToArray();
                all.AddRange(vars);
                var free = interpreters.Count(i => pr.InterpreterAvailableAt(i, s) && pr.InterpreterMax[i] > 0);
                if (vars.Length > free) lp.AddRow(vars, free);
            }
            var total = interpreters.Sum(i => (double)pr.InterpreterMax[i]);
            if (all.Count > total) lp.AddRow([.. all], total);
        }
        return lp;
    }

    /// <summary>max w·x subject to rows Σ x ≤ cap, 0 ≤ x ≤ 1; all coefficients are 1.</summary>
    private sealed class RelaxedProblem
    {
        private readonly List<double> _weights = [];
        public List<(int[] Vars, double Cap)> Rows { get; } = [];
        public int Variables => _weights.Count;

        public int AddVariable(double weight)
        {
            _weights.Add(weight);
            return _weights.Count - 1;
        }

        public void AddRow(int[] vars, double cap) => Rows.Add((vars, cap));

        public double Solve(double seconds)
        {
            using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available");
            solver.SetTimeLimit((long)(Math.Max(0.1, seconds) * 1000));
            var x = new Variable[_weights.Count];
            var objective = solver.Objective();
            for (var v = 0; v < x.Length; v++)
            {
                x[v] = solver.MakeNumVar(0, 1, "");
                objective.SetCoefficient(x[v], _weights[v]);
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
            return Lagrangian(duals);
        }

        /// <summary>Σ cap·π + Σ_v max(0, w_v − Σ_{rows∋v} π): valid for every π ≥ 0 (weak duality).</summary>
        public double Lagrangian(double[] duals)
        {
            var reduced = _weights.ToArray();
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
