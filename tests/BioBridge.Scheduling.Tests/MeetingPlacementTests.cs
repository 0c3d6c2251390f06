namespace BioBridge.Scheduling.Tests;

/// <summary>One more meeting in a schedule that stands, by the rules the checker verifies results with.</summary>
public class MeetingPlacementTests
{
    // s1..s3, tables T1 T2, "online"; k speaks Korean, z Chinese, b both; i1 and i2 bridge Korean and Chinese.
    static InstanceBuilder Event() => new InstanceBuilder().Slots(3).Tables(2).Online()
        .Participant("p1").Participant("p2").Participant("p3").Participant("p4")
        .Participant("k", "ko").Participant("z", "zh").Participant("b", "ko", "zh")
        .Interpreter("i1", ["ko", "zh"]).Interpreter("i2", ["ko", "zh"]);

    static MeetingPlacement Placement(ScheduleInstance instance, params (string Meeting, string Slot, string Location, string? Interpreter)[] standing)
    {
        var errors = new List<string>();
        var placement = MeetingPlacement.Create(instance, Results.Of(standing), errors);
        errors.ShouldBeEmpty();
        return placement!;
    }

    static string Places(PlacementSearch search) => string.Join(" ", search.Places.Select(p => $"{p.Slot}/{p.Location}/{p.Interpreter ?? "-"}"));

    [Fact]
    public void Offers_every_slot_where_both_participants_are_free_in_slot_order()
    {
        var instance = Event().Meeting("m1", "p1", "p2").Meeting("new", "p1", "p3");
        var search = Placement(instance, ("m1", "s2", "T1", null)).Find("new");
        Places(search).ShouldBe("s1/T1/- s3/T1/-");
        search.Reason.ShouldBeNull();
    }

    [Fact]
    public void Stops_at_the_first_place_when_asked_for_one()
    {
        var instance = Event().Meeting("new", "p1", "p3");
        Places(Placement(instance).Find("new", firstOnly: true)).ShouldBe("s1/T1/-");
    }

    [Fact]
    public void Searches_only_the_given_slots()
    {
        var instance = Event().Meeting("new", "p1", "p3");
        Places(Placement(instance).Find("new", ["s3", "s2"])).ShouldBe("s3/T1/- s2/T1/-");
    }

    [Fact]
    public void Takes_the_first_table_no_standing_meeting_holds()
    {
        var instance = Event().Meeting("m1", "p1", "p2").Meeting("new", "p3", "p4");
        Places(Placement(instance, ("m1", "s1", "T1", null)).Find("new", ["s1"])).ShouldBe("s1/T2/-");
    }

    [Fact]
    public void Puts_an_online_meeting_in_a_virtual_room_that_others_share()
    {
        var instance = Event().Meeting("m1", ["p1", "p2"], m => m.Mode = "virtual").Meeting("new", ["p3", "p4"], m => m.Mode = "virtual");
        Places(Placement(instance, ("m1", "s1", "online", null)).Find("new", ["s1"])).ShouldBe("s1/online/-");
    }

    [Fact]
    public void Assigns_the_first_free_interpreter_when_the_pair_shares_no_language()
    {
        var instance = Event().Meeting("m1", "b", "z").Meeting("new", "k", "z");
        var placement = Placement(instance, ("m1", "s1", "T1", "i1"));
        Places(placement.Find("new")).ShouldBe("s2/T1/i1 s3/T1/i1");
        Places(placement.Find("new", ["s1"])).ShouldBe("");
    }

    [Fact]
    public void Needs_no_interpreter_when_the_pair_shares_a_language() =>
        Places(Placement(Event().Meeting("new", "k", "b")).Find("new", ["s1"])).ShouldBe("s1/T1/-");

    [Fact]
    public void Says_a_participant_is_full_before_looking_at_slots()
    {
        var instance = Event().Participant("capped", ["en"], 1).Meeting("m1", "capped", "p1").Meeting("new", "capped", "p2");
        Placement(instance, ("m1", "s1", "T1", null)).Find("new").Reason.ShouldBe(UnplacedReason.ParticipantFull);
    }

    [Fact]
    public void Says_no_interpreter_when_none_speaks_a_language_of_each()
    {
        var instance = new InstanceBuilder().Slots(2).Tables(1).Participant("k", "ko").Participant("z", "zh")
            .Interpreter("i1", ["ko", "en"]).Meeting("new", "k", "z");
        Placement(instance).Find("new").Reason.ShouldBe(UnplacedReason.NoInterpreter);
    }

    [Fact]
    public void Says_no_interpreter_when_the_only_bridging_interpreter_takes_no_meetings()
    {
        var instance = new InstanceBuilder().Slots(2).Tables(1).Participant("k", "ko").Participant("z", "zh")
            .Interpreter("i1", ["ko", "zh"], 0).Meeting("new", "k", "z");
        Placement(instance).Find("new").Reason.ShouldBe(UnplacedReason.NoInterpreter);
    }

    [Fact]
    public void Says_no_location_when_the_event_has_no_room_of_the_meetings_kind()
    {
        var instance = new InstanceBuilder().Slots(2).Tables(1).Participant("p1").Participant("p2")
            .Meeting("new", ["p1", "p2"], m => m.Mode = "virtual");
        Placement(instance).Find("new").Reason.ShouldBe(UnplacedReason.NoLocation);
    }

    [Fact]
    public void Says_no_free_location_when_the_tables_are_taken_whenever_both_are_free()
    {
        var instance = new InstanceBuilder().Slots(2).Tables(1).Participant("p1").Participant("p2").Participant("p3").Participant("p4")
            .Meeting("m1", "p3", "p4").Meeting("new", ["p1", "p2"], m => m.AllowedSlots = ["s1"]);
        Placement(instance, ("m1", "s1", "T1", null)).Find("new").Reason.ShouldBe(UnplacedReason.NoFreeLocation);
    }

    [Fact]
    public void Says_session_full_when_the_common_free_slots_are_in_a_full_session()
    {
        ScheduleInstance instance = Event().Meeting("m1", "p1", "p2").Meeting("new", "p1", "p3");
        instance.Sessions = [new SessionSpec { Id = "am", Slots = ["s1", "s2", "s3"], MaxMeetings = 1 }];
        Placement(instance, ("m1", "s1", "T1", null)).Find("new").Reason.ShouldBe(UnplacedReason.SessionFull);
    }

    [Fact]
    public void Says_no_common_free_slot_when_one_is_away_whenever_the_other_is_free()
    {
        var instance = Event().Participant("away", ["en"], null, "s2", "s3").Meeting("m1", "away", "p1").Meeting("new", "away", "p2");
        Placement(instance, ("m1", "s1", "T1", null)).Find("new").Reason.ShouldBe(UnplacedReason.NoCommonFreeSlot);
    }

    [Fact]
    public void Books_standing_meetings_as_they_are_even_where_they_break_a_rule_now()
    {
        // p1 said later that they are away at s1, where their meeting stands: it still holds p1 and the table.
        var instance = Event().Participant("late", ["en"], null, "s1").Meeting("m1", "late", "p1").Meeting("new", "p1", "p2");
        var placement = Placement(instance, ("m1", "s1", "T1", null));
        Places(placement.Find("new", ["s1"])).ShouldBe("");
        placement.Find("new", ["s1"]).Reason.ShouldBe(UnplacedReason.NoCommonFreeSlot);
    }

    [Fact]
    public void Refuses_a_standing_schedule_that_names_what_the_instance_lacks()
    {
        var errors = new List<string>();
        MeetingPlacement.Create(Event().Meeting("m1", "p1", "p2"), Results.Of(("m1", "s9", "T1", null)), errors).ShouldBeNull();
        errors.ShouldContain(e => e.Contains("\"s9\""));
    }

    [Fact]
    public void Check_accepts_a_free_place()
    {
        var instance = Event().Meeting("m1", "p1", "p2").Meeting("new", "k", "z");
        Placement(instance, ("m1", "s1", "T1", null)).Check(Place("new", "s1", "T2", "i1")).ShouldBeEmpty();
    }

    [Fact]
    public void Check_names_each_rule_a_place_breaks_with_whom_it_concerns()
    {
        var instance = Event().Participant("k2", "ko").Participant("z2", "zh")
            .Meeting("m1", "p1", "k").Meeting("m2", "k2", "z2").Meeting("new", ["k", "z"], m => m.Mode = "virtual");
        var conflicts = Placement(instance, ("m1", "s1", "T1", null), ("m2", "s1", "T2", "i1")).Check(Place("new", "s1", "T1", "i1"));
        conflicts.ShouldBe([
            new PlacementConflict(PlacementRule.ParticipantBusy, Participant: "k"),
            new PlacementConflict(PlacementRule.WrongLocationKind, Location: "T1"),
            new PlacementConflict(PlacementRule.TableTaken, Location: "T1"),
            new PlacementConflict(PlacementRule.InterpreterBusy, Interpreter: "i1"),
        ]);
    }

    [Fact]
    public void Check_asks_for_an_interpreter_the_pair_can_speak_with()
    {
        var instance = Event().Interpreter("en", ["en", "ko"]).Meeting("new", "k", "z");
        var placement = Placement(instance);
        placement.Check(Place("new", "s1", "T1", null)).ShouldBe([new PlacementConflict(PlacementRule.InterpreterNeeded)]);
        placement.Check(Place("new", "s1", "T1", "en")).ShouldBe([new PlacementConflict(PlacementRule.InterpreterLanguages, Participant: "z", Interpreter: "en")]);
    }

    [Fact]
    public void Check_without_a_location_looks_at_the_slot_and_the_participants_only()
    {
        var instance = Event().Participant("capped", ["en"], 1, "s2").Meeting("m1", "capped", "p1").Meeting("new", "capped", "p2");
        Placement(instance, ("m1", "s1", "T1", null)).Check(Place("new", "s2", null, null)).ShouldBe([
            new PlacementConflict(PlacementRule.ParticipantUnavailable, Participant: "capped"),
            new PlacementConflict(PlacementRule.ParticipantFull, Participant: "capped"),
        ]);
    }

    public static TheoryData<string, int, int?> RandomCases() => new()
    {
        { "tiny", 1, null }, { "tiny", 2, 1 }, { "tiny", 3, null }, { "tiny", 4, 2 }, { "tiny", 5, 1 },
    };

    /// <summary>
    /// Against a solved random event with one meeting taken out: every place the placement accepts passes the
    /// checker and every place it refuses fails it, and Find offers exactly the slots where some place passes.
    /// </summary>
    [Theory]
    [MemberData(nameof(RandomCases))]
    public void Agrees_with_the_checker_on_every_place_of_random_events(string preset, int seed, int? sessionCap)
    {
        var instance = InstanceGenerator.Generate(GeneratorOptions.Preset(preset, seed));
        if (sessionCap is { } cap)
            instance.Sessions = [new SessionSpec { Id = "am", Slots = instance.Slots!.Take(3).Select(s => s.Id!).ToList(), MaxMeetings = cap }];
        var errors = new List<string>();
        var solved = ScheduleSolver.Solve(instance, new SolveOptions { Solver = "heuristic", TimeLimitSeconds = 0.2, Seed = seed }, errors)!.Result;
        errors.ShouldBeEmpty();
        foreach (var meeting in instance.Meetings!.Select(m => m.Id!))
        {
            var standing = solved.Assignments.Where(a => a.Meeting != meeting).ToList();
            var placement = MeetingPlacement.Create(instance, new ScheduleResult { Assignments = standing }, errors)!;
            var passingSlots = new List<string>();
            foreach (var place in EveryPlace(instance, meeting))
            {
                var check = ScheduleChecker.Check(instance, new ScheduleResult { Assignments = [.. standing, place] }, errors)!;
                placement.Check(place).Count.ShouldBe(check.Feasible ? 0 : check.Violations.Count,
                    $"{meeting} at {place.Slot}/{place.Location}/{place.Interpreter}: {string.Join(" | ", check.Violations)}");
                if (check.Feasible && !passingSlots.Contains(place.Slot!))
                    passingSlots.Add(place.Slot!);
            }
            var found = placement.Find(meeting);
            found.Places.Select(p => p.Slot).ShouldBe(passingSlots);
            found.Places.ShouldAllBe(p => placement.Check(p).Count == 0);
        }
    }

    static IEnumerable<Assignment> EveryPlace(ScheduleInstance instance, string meeting) =>
        from slot in instance.Slots!
        from location in instance.Locations!
        from interpreter in instance.Interpreters!.Select(i => i.Id).Prepend(null)
        select Place(meeting, slot.Id!, location.Id, interpreter);

    static Assignment Place(string meeting, string slot, string? location, string? interpreter) =>
        new() { Meeting = meeting, Slot = slot, Location = location, Interpreter = interpreter };
}
