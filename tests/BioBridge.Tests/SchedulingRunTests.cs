using BioBridge.Features.Partnering;
using BioBridge.Shared.Resources;

namespace BioBridge.Tests;

public sealed class SchedulingRunTests
{
    [Fact]
    public void Only_a_succeeded_run_is_published_and_only_once()
    {
        var run = new SchedulingRun { EventId = 1 };
        run.Publish(DateTime.UtcNow).Kind.ShouldBe(OutcomeKind.Conflict);
        run.Succeed(new SchedulingFigures("heuristic", 3, 0, 3, 6, 6, 6, 0, 0, 1, []), DateTime.UtcNow);
        run.Publish(DateTime.UtcNow).Succeeded.ShouldBeTrue();
        run.IsPublished.ShouldBeTrue();
        run.Publish(DateTime.UtcNow).Kind.ShouldBe(OutcomeKind.Conflict);
    }

    [Theory]
    [InlineData("ko", "실행을 맡을 작업자를 기다리는 중입니다.", "실행에 실패했습니다. disk full")]
    [InlineData("zh", "正在等待工作进程接手本次运行。", "运行失败。 disk full")]
    [InlineData("en", "Waiting for a worker to take the run.", "The run failed. disk full")]
    public void A_runs_step_and_failure_are_stored_by_name_and_told_in_the_readers_language(string language, string queued, string crashed)
    {
        var run = new SchedulingRun { EventId = 1, Progress = SchedulingRun.Stored(RunStep.Queued) };
        using var speaking = UiLanguage.Use(language);

        run.Progress.ShouldBe("queued");
        RunNarration.Progress(run).ShouldBe(queued);
        run.Fail(RunFailure.Crashed, "disk full", DateTime.UtcNow);
        run.Error.ShouldBe("crashed\ndisk full");
        RunNarration.Error(run).ShouldBe(crashed);
        RunNarration.Failure(run).ShouldBe("crashed");
    }

    [Fact]
    public void A_text_stored_before_steps_had_names_is_shown_as_it_is()
    {
        var run = new SchedulingRun { EventId = 1, Progress = "solving 12 meetings (0 fixed)" };

        RunNarration.Progress(run).ShouldBe("solving 12 meetings (0 fixed)");
        RunNarration.Failure(run).ShouldBeNull();
    }
}
