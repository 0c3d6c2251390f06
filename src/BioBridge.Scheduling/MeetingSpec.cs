namespace BioBridge.Scheduling;

public sealed class MeetingSpec
{
    public string? Id { get; set; }
    public List<string>? Participants { get; set; }
    public double? Weight { get; set; }
    public string? Mode { get; set; }
    public List<string>? AllowedSlots { get; set; }
    public FixedSpec? Fixed { get; set; }
}
