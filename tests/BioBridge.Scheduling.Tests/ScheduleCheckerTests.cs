namespace BioBridge.Scheduling.Tests;

public class ScheduleCheckerTests
{
    // s1..s3, tables T1 T2, "online"; p3 is away at s3 and takes one meeting; k speaks Korean, z Chinese.
    static InstanceBuilder Event() => new InstanceBuilder().Slots(3).Tables(2).Online()
        .Participant("p1").Participant("p2").Participant("p3", ["en"], 1, "s3").Participant("p4")
        .Participant("k", "ko").Participant("z", "zh")
        .Interpreter("i1", ["ko", "zh"], 1, "s3").Interpreter("i2", ["ko", "en"])
        .Meeting("m1", "p1", "p2")
        .Meeting("m2", "p1", "p3")
        .Meeting("m3", "k", "z")
        .Meeting("m4", ["p2", "p3"], m => m.Mode = "virtual")
        .Meeting("m5", ["p2", "p4"], m => m.AllowedSlots = ["s2"])
        .Meeting("m6", ["p4", "k"])
        .Meeting("m7", ["p1", "p4"], m => m.Fixed = new FixedSpec { Slot = "s3", Location = "T2" });

    static CheckReport Check(params (string, string, string, string?)[] assignments) => Check(Event(), assignments);

    static CheckReport Check(ScheduleInstance instance, params (string, string, string, string?)[] assignments)
    {
        var errors = new List<string>();
        var report = ScheduleChecker.Check(instance, Results.Of(assignments), errors);
        errors.ShouldBeEmpty();
        return report!;
    }

    static void ShouldFlag(CheckReport report, params string[] words)
    {
        report.Feasible.ShouldBeFalse();
        report.Violations.ShouldContain(v => words.All(v.Contains), $"expected a violation naming {string.Join(", ", words)}; got: {string.Join(" | ", report.Violations)}");
    }

    static readonly (string, string, string, string?) Fixed = ("m7", "s3", "T2", null);

    [Fact]
    public void Accepts_a_feasible_schedule()
    {
        var report = Check(("m1", "s1", "T1", null), ("m3", "s1", "T2", "i1"), ("m5", "s2", "T1", null), ("m2", "s2", "T2", null), Fixed);
        report.Violations.ShouldBeEmpty();
        report.Feasible.ShouldBeTrue();
    }

    [Fact]
    public void Flags_a_participant_in_two_meetings_at_once() =>
        ShouldFlag(Check(("m1", "s1", "T1", null), ("m2", "s1", "T2", null), Fixed), "\"p1\"", "\"s1\"", "\"m1\"", "\"m2\"");

    [Fact]
    public void Flags_a_participant_who_is_unavailable() =>
        ShouldFlag(Check(("m2", "s3", "T1", null), Fixed), "\"p3\"", "unavailable", "\"s3\"");

    [Fact]
    public void Flags_more_meetings_than_max_meetings() =>
        ShouldFlag(Check(("m2", "s1", "T1", null), ("m4", "s2", "online", null), Fixed), "\"p3\"", "maxMeetings");

    [Fact]
    public void Flags_a_slot_outside_allowed_slots() =>
        ShouldFlag(Check(("m5", "s1", "T1", null), Fixed), "\"m5\"", "allowedSlots");

    [Fact]
    public void Flags_a_fixed_meeting_moved_or_missing()
    {
        ShouldFlag(Check(("m7", "s2", "T2", null)), "\"m7\"", "fixed", "\"s3\"");
        ShouldFlag(Check(("m7", "s3", "T1", null)), "\"m7\"", "\"T2\"");
        ShouldFlag(Check(("m1", "s1", "T1", null)), "\"m7\"", "not scheduled");
    }

    [Fact]
    public void Flags_onsite_meeting_online_and_virtual_meeting_at_a_table()
    {
        ShouldFlag(Check(("m1", "s1", "online", null), Fixed), "\"m1\"", "onsite", "\"online\"");
        ShouldFlag(Check(("m4", "s1", "T1", null), Fixed), "\"m4\"", "virtual", "\"T1\"");
    }

    [Fact]
    public void Flags_a_table_hosting_two_meetings_in_one_slot() =>
        ShouldFlag(Check(("m1", "s1", "T1", null), ("m6", "s1", "T1", "i2"), Fixed), "\"T1\"", "\"s1\"");

    [Fact]
    public void Flags_a_meeting_without_common_language_and_without_interpreter() =>
        ShouldFlag(Check(("m3", "s1", "T1", null), Fixed), "\"m3\"", "interpreter");

    [Fact]
    public void Flags_an_interpreter_who_speaks_no_language_of_a_participant() =>
        ShouldFlag(Check(("m3", "s1", "T1", "i2"), Fixed), "\"m3\"", "\"i2\"", "\"z\"");

    [Fact]
    public void Flags_an_interpreter_in_two_meetings_unavailable_or_over_maximum()
    {
        ShouldFlag(Check(("m3", "s1", "T1", "i2"), ("m6", "s1", "T2", "i2"), Fixed), "\"i2\"", "two meetings");
        ShouldFlag(Check(("m3", "s3", "T1", "i1"), Fixed), "\"i1\"", "unavailable");
        ShouldFlag(Check(("m3", "s1", "T1", "i1"), ("m6", "s2", "T1", "i1"), Fixed), "\"i1\"", "maxMeetings");
    }

    [Fact]
    public void Flags_unknown_ids_and_meetings_assigned_twice()
    {
        ShouldFlag(Check(("ghost", "s1", "T1", null), Fixed), "\"ghost\"");
        ShouldFlag(Check(("m1", "s9", "T1", null), Fixed), "\"m1\"", "\"s9\"");
        ShouldFlag(Check(("m1", "s1", "T1", null), ("m1", "s2", "T1", null), Fixed), "\"m1\"", "more than once");
    }

    [Fact]
    public void Counts_breaks_as_idle_runs_between_first_and_last_meeting_of_a_day()
    {
        // p1 meets at s1, s3, s6 (two idle runs: s2 and s4-s5); p2 at s1 and s2 (none); day two counts apart.
        var instance = new InstanceBuilder().Slots(6).Slots(2, "2026-10-11").Tables(3)
            .Participant("p1").Participant("p2").Participant("p3").Participant("p4")
            .Meeting("a", "p1", "p2").Meeting("b", "p1", "p3").Meeting("c", "p1", "p4").Meeting("d", "p2", "p3")
            .Meeting("e", "p4", "p3").Meeting("f", "p4", "p2");
        var report = Check(instance, ("a", "s1", "T1", null), ("d", "s2", "T1", null), ("b", "s3", "T1", null), ("c", "s6", "T1", null),
            ("e", "s7", "T1", null));
        report.Feasible.ShouldBeTrue();
        // p1: 2 breaks; p3: s2, s3 then s7 is another day: 0; p4: s6 and s7 on different days: 0.
        report.Figures.Breaks.ShouldBe(2);
        report.Figures.MaxBreaksOfOneParticipant.ShouldBe(2);
        report.Figures.ScheduledMeetings.ShouldBe(5);
        // p4 asked for c, e, f and got c, e: the worst share is 2/3.
        report.Figures.WorstServedShare.ShouldBe(2.0 / 3, 1e-9);
    }
}
