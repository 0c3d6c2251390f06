namespace BioBridge.Scheduling.Tests;

public class ProblemCompilerTests
{
    static List<string> Errors(ScheduleInstance instance)
    {
        var errors = new List<string>();
        var problem = ProblemCompiler.Compile(instance, errors);
        if (errors.Count > 0) problem.ShouldBeNull();
        return errors;
    }

    static InstanceBuilder Basic() =>
        new InstanceBuilder().Slots(3).Tables(2).Participant("p1").Participant("p2").Participant("p3");

    [Fact]
    public void Accepts_a_valid_instance_and_ignores_unknown_fields()
    {
        var json = """
            {"format":"biobridge-schedule/1","event":"e","extra":{"x":1},
             "slots":[{"id":"a","day":"2026-10-10","start":"09:00","minutes":30,"session":"morning"}],
             "locations":[{"id":"T1","kind":"table","floor":2}],
             "participants":[{"id":"p1","languages":["en"],"badge":"x"},{"id":"p2","languages":["en"]}],
             "meetings":[{"id":"m1","participants":["p1","p2"],"note":"hi"}]}
            """;
        var errors = new List<string>();
        var instance = ScheduleJson.ParseInstance(json, "x.json", errors)!;
        ProblemCompiler.Compile(instance, errors).ShouldNotBeNull();
        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Names_the_place_of_invalid_json()
    {
        var errors = new List<string>();
        ScheduleJson.ParseInstance("""{"slots":[{"id":"a","minutes":"many"}]}""", "bad.json", errors).ShouldBeNull();
        errors.ShouldHaveSingleItem().ShouldContain("bad.json");
        errors[0].ShouldContain("slots[0]");
    }

    [Fact]
    public void Rejects_unknown_participant_naming_meeting_and_participant()
    {
        var errors = Errors(Basic().Meeting("m1", "p1", "ghost"));
        errors.ShouldContain(e => e.Contains("\"m1\"") && e.Contains("\"ghost\""));
    }

    [Fact]
    public void Rejects_duplicate_ids_naming_both_positions()
    {
        var errors = Errors(Basic().Participant("p1").Meeting("m1", "p1", "p2").Meeting("m1", "p2", "p3"));
        errors.ShouldContain(e => e.Contains("participants[3]") && e.Contains("\"p1\""));
        errors.ShouldContain(e => e.Contains("meetings[1]") && e.Contains("\"m1\""));
    }

    [Fact]
    public void Rejects_meeting_with_fewer_than_two_participants()
    {
        Errors(Basic().Meeting("solo", "p1")).ShouldContain(e => e.Contains("\"solo\"") && e.Contains("at least two"));
        Errors(Basic().Meeting("twice", "p1", "p1")).ShouldContain(e => e.Contains("\"twice\""));
    }

    [Fact]
    public void Rejects_unknown_slots_in_unavailable_and_allowed_slots()
    {
        var builder = new InstanceBuilder().Slots(2).Tables(1).Participant("p1", ["en"], null, "nope").Participant("p2")
            .Meeting("m1", ["p1", "p2"], m => m.AllowedSlots = ["s1", "later"]);
        var errors = Errors(builder);
        errors.ShouldContain(e => e.Contains("\"p1\"") && e.Contains("\"nope\""));
        errors.ShouldContain(e => e.Contains("\"m1\"") && e.Contains("\"later\""));
    }

    [Fact]
    public void Rejects_fixed_meeting_at_a_slot_where_a_participant_is_unavailable()
    {
        var builder = new InstanceBuilder().Slots(2).Tables(1).Participant("p1", ["en"], null, "s1").Participant("p2")
            .Meeting("m1", ["p1", "p2"], m => m.Fixed = new FixedSpec { Slot = "s1" });
        Errors(builder).ShouldContain(e => e.Contains("\"m1\"") && e.Contains("\"p1\"") && e.Contains("\"s1\""));
    }

    [Fact]
    public void Rejects_two_fixed_meetings_of_one_participant_in_one_slot()
    {
        var builder = Basic()
            .Meeting("m1", ["p1", "p2"], m => m.Fixed = new FixedSpec { Slot = "s1" })
            .Meeting("m2", ["p1", "p3"], m => m.Fixed = new FixedSpec { Slot = "s1" });
        Errors(builder).ShouldContain(e => e.Contains("\"m2\"") && e.Contains("\"m1\"") && e.Contains("\"p1\""));
    }

    [Fact]
    public void Rejects_fixed_meetings_that_need_more_tables_than_exist()
    {
        var builder = new InstanceBuilder().Slots(1).Tables(1).Participant("a").Participant("b").Participant("c").Participant("d")
            .Meeting("m1", ["a", "b"], m => m.Fixed = new FixedSpec { Slot = "s1" })
            .Meeting("m2", ["c", "d"], m => m.Fixed = new FixedSpec { Slot = "s1" });
        Errors(builder).ShouldContain(e => e.Contains("\"m2\"") && e.Contains("tables"));
    }

    [Fact]
    public void Rejects_fixed_meeting_without_a_usable_interpreter()
    {
        var builder = new InstanceBuilder().Slots(1).Tables(1).Participant("k", "ko").Participant("z", "zh")
            .Meeting("m1", ["k", "z"], m => m.Fixed = new FixedSpec { Slot = "s1" });
        Errors(builder).ShouldContain(e => e.Contains("\"m1\"") && e.Contains("interpreter"));
    }

    [Fact]
    public void Rejects_fixed_onsite_meeting_at_a_virtual_location()
    {
        var builder = Basic().Online().Meeting("m1", ["p1", "p2"], m => m.Fixed = new FixedSpec { Slot = "s1", Location = "online" });
        Errors(builder).ShouldContain(e => e.Contains("\"m1\"") && e.Contains("\"online\""));
    }

    [Fact]
    public void Reports_every_problem_at_once()
    {
        var builder = Basic().Meeting("m1", "p1", "x").Meeting("m2", "p2").Meeting("m3", ["p1", "p2"], m => m.Mode = "hologram");
        Errors(builder).Count.ShouldBeGreaterThanOrEqualTo(3);
    }
}
