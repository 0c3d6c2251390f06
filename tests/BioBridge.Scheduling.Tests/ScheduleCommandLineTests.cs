using System.Text.Json;

namespace BioBridge.Scheduling.Tests;

public sealed class ScheduleCommandLineTests : IDisposable
{
    readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("biobridge-schedule-cli-");

    public void Dispose() => dir.Delete(recursive: true);

    string File(string name) => Path.Combine(dir.FullName, name);

    string WriteInstance(ScheduleInstance instance, string name = "instance.json")
    {
        ScheduleJson.WriteInstance(File(name), instance);
        return File(name);
    }

    static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = ScheduleCommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    static ScheduleInstance Tiny() => InstanceGenerator.Generate(GeneratorOptions.Preset("tiny", 3));

    [Fact]
    public void Solve_writes_a_result_and_prints_one_json_document()
    {
        var instance = WriteInstance(Tiny());
        var (code, stdout, stderr) = Run("solve", instance, "--out", File("result.json"), "--time-limit", "0.5", "--solver", "heuristic", "--json");
        code.ShouldBe(0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        doc.RootElement.GetProperty("feasible").GetBoolean().ShouldBeTrue();
        doc.RootElement.GetProperty("upperBound").GetDouble().ShouldBeGreaterThanOrEqualTo(doc.RootElement.GetProperty("scheduledWeight").GetDouble());
        foreach (var name in new[] { "violations", "scheduledMeetings", "totalMeetings", "breaks", "maxBreaksOfOneParticipant", "worstServedShare" })
            doc.RootElement.TryGetProperty(name, out _).ShouldBeTrue(name);
        System.IO.File.Exists(File("result.json")).ShouldBeTrue();
    }

    [Fact]
    public void Check_accepts_the_solver_result_and_prints_one_json_document()
    {
        var instance = WriteInstance(Tiny());
        Run("solve", instance, "--out", File("result.json"), "--time-limit", "0.3", "--solver", "heuristic").Code.ShouldBe(0);
        var (code, stdout, _) = Run("check", instance, File("result.json"), "--json");
        code.ShouldBe(0);
        JsonDocument.Parse(stdout).RootElement.GetProperty("feasible").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Check_exits_1_on_an_infeasible_result_and_names_the_violation()
    {
        var b = new InstanceBuilder().Slots(2).Tables(2).Participant("a").Participant("b").Participant("c")
            .Meeting("m1", "a", "b").Meeting("m2", "a", "c");
        var instance = WriteInstance(b);
        ScheduleJson.WriteResult(File("bad.json"), Results.Of(("m1", "s1", "T1", null), ("m2", "s1", "T2", null)));
        var (code, stdout, stderr) = Run("check", instance, File("bad.json"), "--json");
        code.ShouldBe(1);
        var doc = JsonDocument.Parse(stdout).RootElement;
        doc.GetProperty("feasible").GetBoolean().ShouldBeFalse();
        doc.GetProperty("violations")[0].GetString()!.ShouldContain("\"a\"");
        stderr.ShouldContain("infeasible");
    }

    [Fact]
    public void Solve_exits_1_on_a_bad_instance_and_solves_nothing()
    {
        var instance = WriteInstance(new InstanceBuilder().Slots(1).Tables(1).Participant("a").Meeting("m1", "a", "nobody"));
        var (code, stdout, stderr) = Run("solve", instance, "--out", File("result.json"), "--json");
        code.ShouldBe(1);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("\"nobody\"");
        System.IO.File.Exists(File("result.json")).ShouldBeFalse();
    }

    [Fact]
    public void Solve_exits_1_on_malformed_json_naming_the_file()
    {
        System.IO.File.WriteAllText(File("broken.json"), "{ \"slots\": [ ");
        var (code, _, stderr) = Run("solve", File("broken.json"), "--out", File("result.json"));
        code.ShouldBe(1);
        stderr.ShouldContain("broken.json");
    }

    [Theory]
    [InlineData]
    [InlineData("plan")]
    [InlineData("solve")]
    [InlineData("solve", "x.json")]
    [InlineData("solve", "x.json", "--out", "y.json", "--solver", "magic")]
    [InlineData("solve", "x.json", "--out", "y.json", "--time-limit", "-3")]
    [InlineData("solve", "x.json", "--out", "y.json", "--colour", "red")]
    [InlineData("check", "x.json")]
    public void Wrong_usage_exits_2_with_usage_on_stderr(params string[] args)
    {
        var (code, stdout, stderr) = Run(args);
        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("usage:");
    }

    [Fact]
    public void Keep_fixes_the_previous_result()
    {
        var instance = WriteInstance(Tiny());
        Run("solve", instance, "--out", File("first.json"), "--time-limit", "0.3", "--solver", "heuristic").Code.ShouldBe(0);
        Run("solve", instance, "--out", File("second.json"), "--time-limit", "0.3", "--seed", "9", "--keep", File("first.json")).Code.ShouldBe(0);
        var errors = new List<string>();
        var first = ScheduleJson.ReadResult(File("first.json"), errors)!.Assignments.ToDictionary(a => a.Meeting!, a => (a.Slot, a.Location, a.Interpreter));
        var second = ScheduleJson.ReadResult(File("second.json"), errors)!.Assignments.ToDictionary(a => a.Meeting!, a => (a.Slot, a.Location, a.Interpreter));
        foreach (var (meeting, place) in first) second[meeting].ShouldBe(place);
    }
}
