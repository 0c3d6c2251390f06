namespace BioBridge.Scheduling;

public sealed class FixedSpec
{
    public string? Slot { get; set; }
    public string? Location { get; set; }

    // Not in the contract's example; accepted so that `--keep` can pin an interpreter too.
    public string? Interpreter { get; set; }
}
