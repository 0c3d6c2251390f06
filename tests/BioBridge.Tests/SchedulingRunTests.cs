using BioBridge.Features.Partnering;

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
}
