namespace BioBridge.Features.Messaging;

/// <summary>
/// A reminder that went out, under a key that names it completely (kind, event object, recipient, and the slot for
/// meetings, so a moved meeting is reminded again). The key is the primary key: whichever node inserts it first
/// sends the reminder, every other attempt fails on the key and sends nothing.
/// </summary>
public sealed class SentReminder
{
    /// <summary>A reminder kind plus the ids it is about, e.g. "request-waiting:123".</summary>
    public const int MaxKeyLength = 120;

    public required string Key { get; set; }
    public int EventId { get; set; }
    public DateTime SentAt { get; set; }
}
