namespace BioBridge.Features.Partnering;

/// <summary>
/// One of the scarce Korean-Chinese interpreters of an event: a meeting whose participants share no
/// language needs one who speaks a language of each.
/// </summary>
public sealed class Interpreter
{
    public int Id { get; private set; }
    public int EventId { get; set; }
    public required string Name { get; set; }
    /// <summary>Language codes: ko, zh, en.</summary>
    public List<string> Languages { get; set; } = [];
    public List<int> UnavailableSlotIds { get; set; } = [];
    public int MaxMeetings { get; set; } = 16;
}
