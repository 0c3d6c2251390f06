namespace BioBridge.Scheduling;

public sealed class SlotSpec
{
    public string? Id { get; set; }
    public string? Day { get; set; }
    public string? Start { get; set; }
    public int? Minutes { get; set; }
}
