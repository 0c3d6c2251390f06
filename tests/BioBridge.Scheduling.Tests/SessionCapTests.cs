namespace BioBridge.Scheduling.Tests;

/// <summary>The optional `sessions` of an instance: at most maxMeetings meetings per participant within a block of slots.</summary>
public class SessionCapTests
{
    /// <summary>Each day of the instance split into a morning and an afternoon session, each capped at <paramref name="max"/>.</summary>
    static ScheduleInstance WithHalfDays(ScheduleInstance instance, int max)
    {
        instance.Sessions = instance.Slots!.GroupBy(s => s.Day).SelectMany(day =>
        {
            var slots = day.ToList();
            var half = slots.Count / 2;
            return new[]
            {
                new SessionSpec { Id = $"{day.Key}-am", Slots = slots.Take(half).Select(s => s.Id!).ToList(), MaxMeetings = max },
                new SessionSpec { Id = $"{day.Key}-pm", Slots = slots.Skip(half).Select(s => s.Id!).ToList(), MaxMeetings = max },
            };
        }).ToList();
        return instance;
    }

    static (CheckReport Check, ScheduleResult Result) SolveAndCheck(ScheduleInstance instance, string solver, double seconds, int seed = 1)
    {
        var errors = new List<string>();
        var report = ScheduleSolver.Solve(instance, new SolveOptions { Solver = solver, TimeLimitSeconds = seconds, Seed = seed }, errors);
        errors.ShouldBeEmpty();
        // Through JSON and the independent checker, as `schedule check` reads it.
        var reread = ScheduleJson.ParseInstance(ScheduleJson.Serialize(instance), "instance", errors)!;
        var check = ScheduleChecker.Check(reread, ScheduleJson.ParseResult(ScheduleJson.Serialize(report!.Result), "result", errors)!, errors)!;
        errors.ShouldBeEmpty();
        check.Violations.ShouldBeEmpty();
        return (check, report.Result);
    }

    static int MostInOneSession(ScheduleInstance instance, ScheduleResult result)
    {
        var sessionOf = instance.Sessions!.SelectMany(k => k.Slots!.Select(s => (s, k.Id))).ToDictionary(x => x.s, x => x.Id);
        var participantsOf = instance.Meetings!.ToDictionary(m => m.Id!, m => m.Participants!);
        return result.Assignments.SelectMany(a => participantsOf[a.Meeting!].Select(p => (p, sessionOf[a.Slot!])))
            .GroupBy(x => x).Select(g => g.Count()).DefaultIfEmpty(0).Max();
    }

    [Fact]
    public void Checker_flags_a_participant_above_a_session_cap()
    {
        var b = new InstanceBuilder().Slots(4).Tables(2).Participant("a").Participant("b").Participant("c")
            .Meeting("ab", "a", "b").Meeting("ac", "a", "c");
        b.Instance.Sessions = [new SessionSpec { Id = "am", Slots = ["s1", "s2"], MaxMeetings = 1 }];
        var errors = new List<string>();
        var report = ScheduleChecker.Check(b, Results.Of(("ab", "s1", "T1", null), ("ac", "s2", "T1", null)), errors)!;
        report.Feasible.ShouldBeFalse();
        report.Violations.ShouldContain(v => v.Contains("participant \"a\"") && v.Contains("session \"am\""));

        ScheduleChecker.Check(b, Results.Of(("ab", "s1", "T1", null), ("ac", "s3", "T1", null)), errors)!.Feasible.ShouldBeTrue();
    }

    [Fact]
    public void Rejects_sessions_that_overlap_name_unknown_slots_or_have_no_cap()
    {
        var b = new InstanceBuilder().Slots(3).Tables(1).Participant("a").Participant("b").Meeting("ab", "a", "b");
        b.Instance.Sessions =
        [
            new SessionSpec { Id = "am", Slots = ["s1", "s2"], MaxMeetings = 1 },
            new SessionSpec { Id = "pm", Slots = ["s2", "s9"], MaxMeetings = 1 },
            new SessionSpec { Id = "eve", Slots = ["s3"] },
        ];
        var errors = new List<string>();
        ScheduleSolver.Solve(b, new SolveOptions { TimeLimitSeconds = 1 }, errors).ShouldBeNull();
        errors.ShouldContain(e => e.Contains("sessions[1] \"pm\"") && e.Contains("\"s2\" is already in session \"am\""));
        errors.ShouldContain(e => e.Contains("sessions[1] \"pm\"") && e.Contains("\"s9\" is not listed"));
        errors.ShouldContain(e => e.Contains("sessions[2] \"eve\"") && e.Contains("maxMeetings"));
    }

    [Fact]
    public void Rejects_fixed_meetings_that_break_a_session_cap()
    {
        var b = new InstanceBuilder().Slots(2).Tables(2).Participant("a").Participant("b").Participant("c")
            .Meeting("ab", ["a", "b"], m => m.Fixed = new FixedSpec { Slot = "s1" })
            .Meeting("ac", ["a", "c"], m => m.Fixed = new FixedSpec { Slot = "s2" });
        b.Instance.Sessions = [new SessionSpec { Id = "day", Slots = ["s1", "s2"], MaxMeetings = 1 }];
        var errors = new List<string>();
        ScheduleSolver.Solve(b, new SolveOptions { TimeLimitSeconds = 1 }, errors).ShouldBeNull();
        errors.ShouldContain(e => e.Contains("participant \"a\"") && e.Contains("session \"day\""));
    }

    [Theory]
    [InlineData("heuristic")]
    [InlineData("cpsat")]
    [InlineData("auto")]
    [InlineData("fcfs")]
    public void A_busy_participant_gets_one_meeting_per_half_day_when_capped_at_one(string solver)
    {
        var b = new InstanceBuilder().Slots(4).Tables(4).Participant("a").Participant("b").Participant("c").Participant("d").Participant("e")
            .Meeting("ab", "a", "b").Meeting("ac", "a", "c").Meeting("ad", "a", "d").Meeting("ae", "a", "e");
        var instance = WithHalfDays(b, 1);
        var (check, _) = SolveAndCheck(instance, solver, 1);
        check.Figures.ScheduledMeetings.ShouldBe(2);
    }

    [Theory]
    [InlineData("heuristic", 1)]
    [InlineData("heuristic", 2)]
    [InlineData("cpsat", 3)]
    [InlineData("auto", 4)]
    [InlineData("auto", 5)]
    public void Every_solver_keeps_session_caps_on_random_events(string solver, int seed)
    {
        var instance = WithHalfDays(InstanceGenerator.Generate(GeneratorOptions.Preset("tiny", seed) with { Days = 2, Requests = 40 }), 2);
        var (check, result) = SolveAndCheck(instance, solver, 1, seed);
        MostInOneSession(instance, result).ShouldBeLessThanOrEqualTo(2);
        check.Figures.ScheduledMeetings.ShouldBeGreaterThan(0);
    }
}
