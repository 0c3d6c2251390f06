namespace BioBridge.Features.Messaging;

/// <summary>A file sent with a message, kept in the database; its type was checked by its content, not its name.</summary>
public sealed class MessageAttachment
{
    public int Id { get; private set; }
    public int MessageId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public int Size { get; set; }
    public required byte[] Content { get; set; }
}
