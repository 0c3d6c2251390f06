namespace BioBridge.Tests.Reviews;

/// <summary>A clock the tests set: the server's "now" for deadlines.</summary>
public sealed class SettableClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;
    public override DateTimeOffset GetUtcNow() => Now;
}
