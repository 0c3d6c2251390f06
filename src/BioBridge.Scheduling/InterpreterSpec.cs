namespace BioBridge.Scheduling;

public sealed class InterpreterSpec
{
    public string? Id { get; set; }
    public List<string>? Languages { get; set; }
    public List<string>? Unavailable { get; set; }
    public int? MaxMeetings { get; set; }
}
