using System.Numerics;

namespace BioBridge.Scheduling.Tests;

/// <summary>The exact mode (MaxSAT on Z3): needs Debian's libz3-4, which test.sh installs.</summary>
public class ExactBreakSolverTests
{
    static SolveReport Solve(ScheduleInstance instance, string solver = "exact", double seconds = 10, IMaxSatSolver? maxSat = null)
    {
        var errors = new List<string>();
        var options = new SolveOptions { Solver = solver, TimeLimitSeconds = seconds, MaxSat = maxSat ?? Z3MaxSat.Default };
        var report = ScheduleSolver.Solve(instance, options, errors);
        errors.ShouldBeEmpty();
        return report!;
    }

    /// <summary>The result as written, re-read by the independent checker.</summary>
    static ScheduleResult Verified(ScheduleInstance instance, SolveReport report)
    {
        var errors = new List<string>();
        var result = ScheduleJson.ParseResult(ScheduleJson.Serialize(report.Result), "result", errors)!;
        var check = ScheduleChecker.Check(instance, result, errors)!;
        check.Violations.ShouldBeEmpty();
        result.Breaks.ShouldBe(check.Figures.Breaks);
        return result;
    }

    [Fact]
    public void Exact_mode_proves_zero_breaks_when_every_agenda_can_be_packed()
    {
        var b = new InstanceBuilder().Slots(6).Tables(2).Participant("a").Participant("b").Participant("c").Participant("d")
            .Meeting("ab", "a", "b").Meeting("ac", "a", "c").Meeting("bd", "b", "d").Meeting("cd", "c", "d");
        var result = Verified(b, Solve(b));
        result.Unscheduled.ShouldBeEmpty();
        result.Breaks.ShouldBe(0);
        result.BreaksLowerBound.ShouldBe(0);
        result.Proved.ShouldBe("optimal");
    }

    /// <summary>a meets b only in the morning (s1-s2) and c only in the afternoon (s5-s6): whatever the slots, a idles between.</summary>
    static ScheduleInstance OneForcedBreak() => new InstanceBuilder().Slots(6).Tables(2).Participant("a").Participant("b").Participant("c")
        .Meeting("ab", ["a", "b"], m => m.AllowedSlots = ["s1", "s2"])
        .Meeting("ac", ["a", "c"], m => m.AllowedSlots = ["s5", "s6"]);

    [Fact]
    public void Exact_mode_proves_a_break_that_allowed_slots_force()
    {
        var b = OneForcedBreak();
        var result = Verified(b, Solve(b));
        result.Breaks.ShouldBe(1);
        result.BreaksLowerBound.ShouldBe(1);
        result.BreaksLowerBoundOf.ShouldBe("every meeting");
        result.Proved.ShouldBe("optimal");
        result.Solver.ShouldBe("exact");
    }

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 12; seed++) seeds.Add(seed);
        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Exact_mode_reaches_the_brute_force_optimum_on_small_random_events(int seed)
    {
        var (instance, optimum) = RandomEventWhereEveryMeetingFits(seed);
        var result = Verified(instance, Solve(instance));
        result.Unscheduled.ShouldBeEmpty();
        result.Breaks.ShouldBe(optimum);
        result.BreaksLowerBound.ShouldBe(optimum);
        result.Proved.ShouldBe("optimal");
    }

    [Fact]
    public void Auto_reports_the_exact_proof_beside_its_schedule()
    {
        var instance = OneForcedBreak();
        var result = Verified(instance, Solve(instance, "auto", 3));
        result.Breaks.ShouldBe(1);
        result.Proved.ShouldBe("optimal");
        result.Exact.ShouldNotBeNull().ShouldContain("every meeting: optimal");
    }

    [Fact]
    public void Exact_mode_keeps_fixed_meetings_and_assigns_interpreters()
    {
        var b = new InstanceBuilder().Slots(5).Tables(1)
            .Participant("k", "ko").Participant("z", "zh").Participant("e", "en", "ko", "zh")
            .Interpreter("i", ["ko", "zh"], null, "s1")
            .Meeting("ke", ["k", "e"], m => m.Fixed = new FixedSpec { Slot = "s3" })
            .Meeting("kz", "k", "z").Meeting("ze", "z", "e");
        var result = Verified(b, Solve(b));
        result.Assignments.Single(a => a.Meeting == "ke").Slot.ShouldBe("s3");
        result.Assignments.Single(a => a.Meeting == "kz").Interpreter.ShouldBe("i");
        // k and e meet next to s3, so z's two meetings take s2 and s4.
        result.Breaks.ShouldBe(1);
        result.Proved.ShouldBe("optimal");
    }

    [Fact]
    public void Weight_comes_first_when_not_every_meeting_fits()
    {
        // One table and two slots for three meetings: two are placed, then their breaks are minimised exactly.
        var b = new InstanceBuilder().Slots(3).Tables(1).Participant("a").Participant("b").Participant("c").Participant("d")
            .Meeting("ab", ["a", "b"], m => m.AllowedSlots = ["s1", "s3"])
            .Meeting("cd", ["c", "d"], m => m.AllowedSlots = ["s1", "s3"])
            .Meeting("ac", ["a", "c"], m => m.AllowedSlots = ["s1", "s3"]);
        var result = Verified(b, Solve(b));
        result.Assignments.Count.ShouldBe(2);
        result.Breaks.ShouldBe(0);
        result.BreaksLowerBoundOf.ShouldBe("the scheduled meetings");
        result.Proved.ShouldBe("optimal breaks for the scheduled meetings");
        result.Exact.ShouldNotBeNull().ShouldContain("every meeting: cannot all be placed");
    }

    [Theory]
    [InlineData("exact")]
    [InlineData("auto")]
    public void A_missing_z3_is_reported_and_the_heuristic_answers(string solver)
    {
        var (instance, _) = RandomEventWhereEveryMeetingFits(5);
        var missing = new Z3MaxSat("/nonexistent/libz3.so.4");
        missing.Unavailable.ShouldNotBeNull().ShouldContain("z3 not available");
        var progress = new StringWriter();
        var errors = new List<string>();
        var report = ScheduleSolver.Solve(instance, new SolveOptions { Solver = solver, TimeLimitSeconds = 1, MaxSat = missing, Progress = progress }, errors)!;
        var result = Verified(instance, report);
        result.Unscheduled.ShouldBeEmpty();
        result.Exact.ShouldNotBeNull().ShouldContain("skipped, z3 not available: cannot load /nonexistent/libz3.so.4");
        progress.ToString().ShouldContain("exact: skipped, z3 not available");
        if (solver == "exact") result.Solver.ShouldBe("heuristic (exact: unavailable)");
    }

    /// <summary>
    /// One day of 5-7 slots, 1-2 tables, 4-5 participants (some unavailable in a slot), 4-6 meetings (some restricted to
    /// the first or last slots), drawn until every meeting can be placed; and the fewest breaks of any such schedule,
    /// by enumerating every placement.
    /// </summary>
    static (ScheduleInstance Instance, int Optimum) RandomEventWhereEveryMeetingFits(int seed)
    {
        var rng = new Random(seed);
        while (true)
        {
            int slots = rng.Next(5, 8), tables = rng.Next(1, 3), participants = rng.Next(4, 6), meetings = rng.Next(4, 7);
            var b = new InstanceBuilder().Slots(slots).Tables(tables);
            var unavailable = new ulong[participants];
            for (var p = 0; p < participants; p++)
            {
                var away = rng.Next(3) == 0 ? new[] { rng.Next(slots) } : [];
                foreach (var s in away) unavailable[p] |= 1UL << s;
                b.Participant($"p{p}", ["en"], null, [.. away.Select(s => $"s{s + 1}")]);
            }
            var pairs = new List<(int A, int B, ulong Allowed)>();
            var all = (1UL << slots) - 1;
            while (pairs.Count < meetings)
            {
                int x = rng.Next(participants), y = rng.Next(participants);
                if (x == y || pairs.Any(m => (m.A, m.B) == (x, y) || (m.A, m.B) == (y, x))) continue;
                var allowed = rng.Next(4) switch { 0 => (1UL << (slots / 2)) - 1, 1 => all & ~((1UL << (slots / 2)) - 1), _ => all };
                pairs.Add((x, y, allowed));
                b.Meeting($"m{pairs.Count}", [$"p{x}", $"p{y}"],
                    m => m.AllowedSlots = allowed == all ? null : [.. Enumerable.Range(0, slots).Where(s => (allowed >> s & 1) != 0).Select(s => $"s{s + 1}")]);
            }
            var optimum = FewestBreaks(pairs, unavailable, slots, tables);
            if (optimum is { } best) return (b, best);
        }
    }

    static int? FewestBreaks(List<(int A, int B, ulong Allowed)> meetings, ulong[] unavailable, int slots, int tables)
    {
        var busy = new ulong[unavailable.Length];
        var atSlot = new int[slots];
        int? best = null;
        void Place(int k)
        {
            if (k == meetings.Count)
            {
                var breaks = busy.Sum(w => w == 0 ? 0 : BitOperations.PopCount(w & ~(w << 1)) - 1);
                best = Math.Min(best ?? int.MaxValue, breaks);
                return;
            }
            var (a, b, allowed) = meetings[k];
            for (var s = 0; s < slots; s++)
            {
                var bit = 1UL << s;
                if ((allowed & bit) == 0 || ((busy[a] | busy[b] | unavailable[a] | unavailable[b]) & bit) != 0 || atSlot[s] == tables) continue;
                busy[a] |= bit;
                busy[b] |= bit;
                atSlot[s]++;
                Place(k + 1);
                busy[a] &= ~bit;
                busy[b] &= ~bit;
                atSlot[s]--;
            }
        }
        Place(0);
        return best;
    }
}
