namespace BioBridge.Features.Partnering;

/// <summary>A per-type cap of an event: delegates of <see cref="Type"/> take at most <see cref="MaxMeetings"/> meetings.</summary>
public sealed class ParticipantTypeCap
{
    public int EventId { get; set; }
    public ParticipantType Type { get; set; }
    public int MaxMeetings { get; set; }
}
