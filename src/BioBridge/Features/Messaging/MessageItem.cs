namespace BioBridge.Features.Messaging;

public sealed record MessageItem(int Id, string SenderName, string? SenderOrganization, string Body, DateTime SentAt, bool Mine,
    IReadOnlyList<MessageFileItem> Attachments);
