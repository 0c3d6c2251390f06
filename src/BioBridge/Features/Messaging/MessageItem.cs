using System.Text.Json.Serialization;

namespace BioBridge.Features.Messaging;

/// <summary>
/// One message: Body is the plain text as written (rendered escaped, never as markup, never altered); Language is the
/// language it is written in; Translation the machine translation into the reader's language, when Reading is
/// "translated" (otherwise Reading says why not: own-language, no-service, private, failed).
/// </summary>
public sealed record MessageItem(int Id, string SenderName, string? SenderOrganization, string Body, DateTime SentAt, bool Mine,
    IReadOnlyList<MessageFileItem> Attachments, string Language, string? Translation, ReadingState Reading)
{
    [JsonIgnore] public ReadableText Readable => new(Body, Language, Translation, Reading);
}
