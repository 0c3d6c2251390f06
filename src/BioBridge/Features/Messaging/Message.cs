namespace BioBridge.Features.Messaging;

/// <summary>One message: plain text (rendered escaped, never as markup) and its attachments.</summary>
public sealed class Message
{
    public const int MaxBodyLength = FieldLengths.LongText;

    public int Id { get; private set; }
    public int ThreadId { get; set; }
    public required string SenderUserId { get; set; }
    /// <summary>The sender's name and organization as they were when writing: a renamed account does not rewrite history.</summary>
    public required string SenderName { get; set; }
    public int? SenderOrganizationId { get; set; }
    public required string Body { get; set; }
    public DateTime SentAt { get; set; }
    public List<MessageAttachment> Attachments { get; set; } = [];
}
