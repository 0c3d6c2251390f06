namespace BioBridge.Scheduling;

/// <summary>A block of slots in which each participant has at most <see cref="MaxMeetings"/> meetings.</summary>
public sealed class SessionSpec
{
    public string? Id { get; set; }
    public List<string>? Slots { get; set; }
    public int? MaxMeetings { get; set; }
}
