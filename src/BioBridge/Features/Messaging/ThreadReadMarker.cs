namespace BioBridge.Features.Messaging;

/// <summary>How far one user has read one thread: every message after LastReadMessageId (not their own) is unread.</summary>
public sealed class ThreadReadMarker
{
    public int ThreadId { get; set; }
    public required string UserId { get; set; }
    public int LastReadMessageId { get; set; }
    public DateTime ReadAt { get; set; }
}
