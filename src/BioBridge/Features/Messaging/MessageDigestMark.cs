namespace BioBridge.Features.Messaging;

/// <summary>When a user's last digest went out: the claim that keeps it to one per interval across all nodes.</summary>
public sealed class MessageDigestMark
{
    public required string UserId { get; set; }
    public DateTime LastSentAt { get; set; }
}
