using System.Diagnostics;

namespace BioBridge.Scheduling;

/// <summary>
/// Break-optimal placement of a given set of meetings, as MaxSAT (the encoding of Bofill et al., JAIR 74, 2022):
/// a literal per meeting and slot it may take (exactly one per meeting), a "used" literal per participant and slot
/// (at most one meeting), at most `tables` onsite meetings per slot, a "busy later" suffix literal per participant
/// and slot of a day, and one soft clause per participant, day and slot t: not (used t, idle t+1, busy from t+2 on),
/// so the cost is the break count of section 3 (a slot where the participant is unavailable is idle). The paper's
/// implied constraints help the cores: each participant uses exactly as many slots as they have meetings, and,
/// when every meeting is an onsite pair, a slot holds at most twice as many busy participants as tables. The weight is not optimised here: the caller
/// chooses the meetings (every meeting that can be placed, or the heuristic's placed set); tables are assigned
/// afterwards by <see cref="Solution.WithLocations"/>, interpreters come from their literals.
/// </summary>
static class ExactBreakSolver
{
    /// <param name="LowerBound">Proven: no schedule of exactly these meetings has fewer breaks.</param>
    public sealed record Outcome(Solution? Solution, int Breaks, int LowerBound, MaxSatStatus Status, string Detail)
    {
        public bool Optimal => Status == MaxSatStatus.Optimal;
    }

    /// <param name="placed">The movable meetings that must be placed; the others stay unscheduled (fixed ones stay fixed).</param>
    public static Outcome Solve(Problem pr, bool[] placed, double seconds, IMaxSatSolver maxSat, CancellationToken stop, TextWriter? progress)
    {
        if (maxSat.Unavailable is { } reason) return new Outcome(null, 0, 0, MaxSatStatus.Unavailable, reason);
        var clock = Stopwatch.StartNew();
        var encoding = new Encoding(pr, placed);
        if (encoding.Infeasible is { } why) return new Outcome(null, 0, 0, MaxSatStatus.Infeasible, why);
        var f = encoding.Formula;
        progress?.WriteLine($"exact: {encoding.SlotLiterals.Count} meeting-slot literals, {f.VariableCount} variables, {f.Hard.Count} clauses, {f.Cardinalities.Count} cardinality constraints, {f.Soft.Count} soft clauses");
        var outcome = maxSat.Solve(f, seconds - clock.Elapsed.TotalSeconds, stop);
        if (outcome.Model is not { } model)
        {
            progress?.WriteLine($"exact: {outcome.Status} ({outcome.Detail}) at {clock.Elapsed.TotalSeconds:0.00}s");
            return new Outcome(null, 0, (int)outcome.LowerBound, outcome.Status, outcome.Detail);
        }
        var solution = encoding.Decode(model);
        // The model's cost can exceed the schedule's breaks (a "busy later" literal set without need); the
        // schedule's own count is what is compared with the bound.
        var breaks = ScheduleFigures.Compute(pr, solution.Slot).Breaks;
        var lower = (int)Math.Min(outcome.LowerBound, breaks);
        var status = lower >= breaks ? MaxSatStatus.Optimal : MaxSatStatus.Feasible;
        progress?.WriteLine($"exact: {breaks} breaks, lower bound {lower} ({outcome.Detail}) at {clock.Elapsed.TotalSeconds:0.00}s");
        return new Outcome(solution, breaks, lower, status, outcome.Detail);
    }

    /// <summary>Every movable meeting that has a slot it could take.</summary>
    public static bool[] EveryPlaceableMeeting(Problem pr) =>
        Enumerable.Range(0, pr.MeetingCount).Select(m => !pr.IsFixed[m] && pr.FeasibleSlotCount(m) > 0).ToArray();

    /// <summary>The movable meetings a schedule places.</summary>
    public static bool[] PlacedIn(Problem pr, Solution solution) =>
        Enumerable.Range(0, pr.MeetingCount).Select(m => !pr.IsFixed[m] && solution.Slot[m] >= 0).ToArray();

    sealed class Encoding
    {
        readonly Problem pr;

        public MaxSatFormula Formula { get; } = new();
        public List<(int Meeting, int Slot, int Literal)> SlotLiterals { get; } = [];
        public List<(int Meeting, int Slot, int Interpreter, int Literal)> InterpreterLiterals { get; } = [];
        public string? Infeasible { get; private set; }

        public Encoding(Problem pr, bool[] placed)
        {
            this.pr = pr;
            var f = Formula;
            int S = pr.SlotCount, P = pr.ParticipantCount, I = pr.InterpreterCount, K = pr.SessionCount;

            // What fixed meetings take for sure.
            var fixedBusy = new bool[P * S];
            var fixedOnsite = new int[S];
            var fixedSession = new int[P * K];
            var fixedInterpreter = new bool[I * S];
            var fixedInterpreterCount = new int[I];
            var meetings = new int[P];
            var everyMeetingOnsitePair = true;
            for (var m = 0; m < pr.MeetingCount; m++)
            {
                if (!pr.IsFixed[m] && !placed[m]) continue;
                everyMeetingOnsitePair &= pr.Onsite[m] && pr.MeetingParticipants[m].Length == 2;
                foreach (var p in pr.MeetingParticipants[m]) meetings[p]++;
                if (!pr.IsFixed[m]) continue;
                var s = pr.FixedSlot[m];
                foreach (var p in pr.MeetingParticipants[m])
                {
                    fixedBusy[p * S + s] = true;
                    if (pr.SlotSession[s] is var k and >= 0) fixedSession[p * K + k]++;
                }
                if (pr.Onsite[m]) fixedOnsite[s]++;
                if (pr.FixedInterpreter[m] is var i and >= 0)
                {
                    fixedInterpreter[i * S + s] = true;
                    fixedInterpreterCount[i]++;
                }
            }
            for (var p = 0; p < P; p++)
                if (meetings[p] > pr.ParticipantMax[p])
                {
                    Infeasible = $"participant \"{pr.ParticipantIds[p]}\" has more meetings to place than maxMeetings ({pr.ParticipantMax[p]})";
                    return;
                }

            var atParticipantSlot = new List<int>?[P * S];
            var onsiteAt = new List<int>[S];
            for (var s = 0; s < S; s++) onsiteAt[s] = [];
            var inSession = new Dictionary<(int P, int K), List<int>>();
            var interpreterAt = new List<int>?[I * S];
            var ofInterpreter = new List<int>[I];
            for (var i = 0; i < I; i++) ofInterpreter[i] = [];
            for (var m = 0; m < pr.MeetingCount; m++)
            {
                if (pr.IsFixed[m] || !placed[m]) continue;
                var mine = new List<int>();
                foreach (var s in pr.FeasibleSlots(m))
                {
                    if (pr.MeetingParticipants[m].Any(p => fixedBusy[p * S + s])) continue;
                    var interpreters = pr.NeedsInterpreter[m]
                        ? pr.CandidateInterpreters[m].Where(i => pr.InterpreterAvailableAt(i, s) && !fixedInterpreter[i * S + s]).ToList()
                        : null;
                    if (interpreters is { Count: 0 }) continue;
                    var x = f.NewVariable();
                    SlotLiterals.Add((m, s, x));
                    mine.Add(x);
                    foreach (var p in pr.MeetingParticipants[m])
                    {
                        (atParticipantSlot[p * S + s] ??= []).Add(x);
                        if (pr.SlotSession[s] is var k and >= 0)
                        {
                            if (!inSession.TryGetValue((p, k), out var list)) inSession[(p, k)] = list = [];
                            list.Add(x);
                        }
                    }
                    if (pr.Onsite[m]) onsiteAt[s].Add(x);
                    if (interpreters is null) continue;
                    // Exactly one interpreter when the meeting takes this slot, none otherwise.
                    var options = new List<int>();
                    foreach (var i in interpreters)
                    {
                        var z = f.NewVariable();
                        InterpreterLiterals.Add((m, s, i, z));
                        options.Add(z);
                        f.Hard.Add([-z, x]);
                        (interpreterAt[i * S + s] ??= []).Add(z);
                        ofInterpreter[i].Add(z);
                    }
                    f.Hard.Add([-x, .. options]);
                    f.AtMost(options, 1);
                }
                if (mine.Count == 0)
                {
                    Infeasible = $"meeting \"{pr.MeetingIds[m]}\" has no slot left beside the fixed meetings";
                    return;
                }
                f.Exactly(mine, 1);
            }

            for (var s = 0; s < S; s++) f.AtMost(onsiteAt[s], pr.TableCount - fixedOnsite[s]);
            foreach (var ((p, k), list) in inSession) f.AtMost(list, pr.SessionMax[k] - fixedSession[p * K + k]);
            for (var i = 0; i < I; i++)
            {
                for (var s = 0; s < S; s++)
                    if (interpreterAt[i * S + s] is { } list) f.AtMost(list, 1);
                if (pr.InterpreterMax[i] != int.MaxValue) f.AtMost(ofInterpreter[i], pr.InterpreterMax[i] - fixedInterpreterCount[i]);
            }

            var used = Used(atParticipantSlot, fixedBusy, meetings);
            if (everyMeetingOnsitePair)
                for (var s = 0; s < S; s++)
                    f.AtMost(Enumerable.Range(0, P).Select(p => used[p * S + s]).Where(u => u != 0).ToList(), 2 * pr.TableCount);
            AddBreaks(used, fixedBusy);
        }

        /// <summary>used(p,s) &lt;-> one of p's meetings is at s (fixed: a unit clause); 0 where p cannot be at s.</summary>
        int[] Used(List<int>?[] atParticipantSlot, bool[] fixedBusy, int[] meetings)
        {
            var f = Formula;
            int S = pr.SlotCount, P = pr.ParticipantCount;
            var used = new int[P * S];
            for (var p = 0; p < P; p++)
            {
                var ofParticipant = new List<int>();
                for (var s = 0; s < S; s++)
                {
                    var here = atParticipantSlot[p * S + s];
                    if (!fixedBusy[p * S + s] && here is null) continue;
                    var u = used[p * S + s] = f.NewVariable();
                    ofParticipant.Add(u);
                    if (fixedBusy[p * S + s])
                    {
                        f.Hard.Add([u]);
                        continue;
                    }
                    foreach (var x in here!) f.Hard.Add([-x, u]);
                    f.Hard.Add([-u, .. here!]);
                    f.AtMost(here!, 1);
                }
                f.Exactly(ofParticipant, meetings[p]);
            }
            return used;
        }

        /// <summary>A soft clause per possible break: later(p,b) is implied by used(p,b') for b' >= b within the day.</summary>
        void AddBreaks(int[] used, bool[] fixedBusy)
        {
            var f = Formula;
            var S = pr.SlotCount;
            for (var p = 0; p < pr.ParticipantCount; p++)
                foreach (var slots in pr.DaySlots)
                {
                    var n = slots.Length;
                    var later = new int[n + 1];
                    for (var b = n - 1; b >= 2; b--)
                    {
                        var u = used[p * S + slots[b]];
                        if (u == 0 && later[b + 1] == 0) continue;
                        var l = later[b] = f.NewVariable();
                        if (u != 0) f.Hard.Add([-u, l]);
                        if (later[b + 1] != 0) f.Hard.Add([-later[b + 1], l]);
                    }
                    for (var b = 0; b + 2 < n; b++)
                    {
                        var u = used[p * S + slots[b]];
                        var next = used[p * S + slots[b + 1]];
                        if (u == 0 || later[b + 2] == 0 || fixedBusy[p * S + slots[b + 1]]) continue;
                        f.Soft.Add(next != 0 ? [-u, next, -later[b + 2]] : [-u, -later[b + 2]]);
                    }
                }
        }

        public Solution Decode(bool[] model)
        {
            var slot = new int[pr.MeetingCount];
            var interpreter = new int[pr.MeetingCount];
            for (var m = 0; m < pr.MeetingCount; m++)
            {
                slot[m] = pr.IsFixed[m] ? pr.FixedSlot[m] : -1;
                interpreter[m] = pr.IsFixed[m] ? pr.FixedInterpreter[m] : -1;
            }
            foreach (var (m, s, x) in SlotLiterals)
                if (model[x]) slot[m] = s;
            foreach (var (m, s, i, z) in InterpreterLiterals)
                if (model[z] && slot[m] == s) interpreter[m] = i;
            return Solution.WithLocations(pr, slot, interpreter);
        }
    }
}
