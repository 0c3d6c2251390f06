namespace BioBridge.Tests;

/// <summary>A clock that tests move by hand; it only goes forward.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Set(DateTimeOffset to)
    {
        to.ShouldBeGreaterThanOrEqualTo(now, "the test clock only goes forward");
        now = to;
    }
}
