using System.Text.Json;

namespace BioBridge.Tests;

/// <summary>`schedule solve` and `schedule check` through the app's executable (docs/contracts.md sections 1 and 3), no database.</summary>
public sealed class ScheduleCommandTests : IDisposable
{
    readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("biobridge-schedule-");

    string File(string name, string content)
    {
        var path = Path.Combine(folder.FullName, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    // Two Korean and two Chinese delegates, one interpreter, one table and an online room, three slots.
    const string Instance = """
    {
      "format": "biobridge-schedule/1", "event": "test", "timeZone": "Asia/Seoul",
      "slots": [{"id": "s1", "day": "2026-10-10", "start": "09:00", "minutes": 30},
                {"id": "s2", "day": "2026-10-10", "start": "09:30", "minutes": 30},
                {"id": "s3", "day": "2026-10-10", "start": "10:00", "minutes": 30}],
      "locations": [{"id": "T1", "kind": "table"}, {"id": "online", "kind": "virtual"}],
      "participants": [{"id": "k1", "organization": "a", "languages": ["ko"]},
                       {"id": "k2", "organization": "b", "languages": ["ko", "en"]},
                       {"id": "c1", "organization": "c", "languages": ["zh"], "unavailable": ["s1"]},
                       {"id": "c2", "organization": "d", "languages": ["zh", "en"], "maxMeetings": 1}],
      "interpreters": [{"id": "i1", "languages": ["ko", "zh"]}],
      "meetings": [{"id": "m1", "participants": ["k1", "c1"], "weight": 3},
                   {"id": "m2", "participants": ["k2", "c2"], "weight": 2},
                   {"id": "m3", "participants": ["k1", "k2"], "mode": "virtual"},
                   {"id": "m4", "participants": ["k2", "c1"], "fixed": {"slot": "s3", "location": "T1"}}]
    }
    """;

    static Task<CliRun> Schedule(params string[] args) => Cli.RunAsync(["schedule", .. args]);

    [Fact]
    public async Task Solve_writes_a_feasible_result_that_check_confirms()
    {
        var instance = File("instance.json", Instance);
        var result = Path.Combine(folder.FullName, "result.json");
        var solved = await Schedule("solve", instance, "--out", result, "--time-limit", "5");
        solved.ExitCode.ShouldBe(0, solved.Stderr);

        var written = JsonDocument.Parse(System.IO.File.ReadAllText(result)).RootElement;
        written.GetProperty("format").GetString().ShouldBe("biobridge-schedule-result/1");
        var assignments = written.GetProperty("assignments").EnumerateArray().ToList();
        assignments.ShouldContain(a => a.GetProperty("meeting").GetString() == "m4" && a.GetProperty("slot").GetString() == "s3"
            && a.GetProperty("location").GetString() == "T1");
        var m1 = assignments.Single(a => a.GetProperty("meeting").GetString() == "m1");
        m1.GetProperty("interpreter").GetString().ShouldBe("i1");
        m1.GetProperty("slot").GetString().ShouldNotBe("s1");

        var checkedRun = await Schedule("check", instance, result, "--json");
        checkedRun.ExitCode.ShouldBe(0, checkedRun.Stderr);
        var figures = JsonDocument.Parse(checkedRun.Stdout).RootElement;
        figures.GetProperty("feasible").GetBoolean().ShouldBeTrue();
        // One table: m1 and m2 cannot share s2, and k1 is busy then, so the best is m1 + m2 + m4 (weight 6).
        figures.GetProperty("scheduledWeight").GetDouble().ShouldBe(6);
    }

    [Fact]
    public async Task Check_rejects_a_result_that_double_books_a_table()
    {
        var instance = File("instance.json", Instance);
        var result = File("bad.json", """
        {"format": "biobridge-schedule-result/1",
         "assignments": [{"meeting": "m4", "slot": "s3", "location": "T1", "interpreter": "i1"},
                         {"meeting": "m1", "slot": "s3", "location": "T1", "interpreter": "i1"}],
         "unscheduled": ["m2", "m3"]}
        """);
        var run = await Schedule("check", instance, result, "--json");
        run.ExitCode.ShouldBe(1);
        var figures = JsonDocument.Parse(run.Stdout).RootElement;
        figures.GetProperty("feasible").GetBoolean().ShouldBeFalse();
        figures.GetProperty("violations").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Solve_rejects_a_bad_instance_naming_each_problem_and_writes_nothing()
    {
        var instance = File("bad-instance.json", Instance
            .Replace("\"participants\": [\"k1\", \"c1\"]", "\"participants\": [\"k1\", \"nobody\"]")
            .Replace("\"participants\": [\"k2\", \"c2\"]", "\"participants\": [\"k2\"]"));
        var result = Path.Combine(folder.FullName, "never.json");
        var run = await Schedule("solve", instance, "--out", result);
        run.ExitCode.ShouldBe(1);
        run.Stderr.ShouldContain("nobody");
        run.Stderr.ShouldContain("m2");
        System.IO.File.Exists(result).ShouldBeFalse();
    }

    [Theory]
    [InlineData("solve")]
    [InlineData("solve", "x.json")]
    [InlineData("solve", "x.json", "--out", "y.json", "--solver", "magic")]
    [InlineData("check", "x.json")]
    [InlineData("reschedule")]
    public async Task Wrong_usage_exits_2(params string[] args)
    {
        (await Schedule(args)).ExitCode.ShouldBe(2);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
