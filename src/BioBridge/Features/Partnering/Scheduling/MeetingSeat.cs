namespace BioBridge.Features.Partnering;

/// <summary>A delegate's seat at a meeting, at the meeting's slot: a delegate has one seat per slot at most.</summary>
public sealed class MeetingSeat
{
    public int MeetingId { get; set; }
    public int DelegateId { get; set; }
    public int SlotId { get; set; }
}
