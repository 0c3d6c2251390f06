namespace BioBridge.Scheduling;

public sealed class ParticipantSpec
{
    public string? Id { get; set; }
    public string? Organization { get; set; }
    public List<string>? Languages { get; set; }
    public List<string>? Unavailable { get; set; }
    public int? MaxMeetings { get; set; }
}
