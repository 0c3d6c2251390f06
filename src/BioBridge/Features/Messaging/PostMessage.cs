using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Messaging;

/// <summary>
/// A party writes in a thread: plain text up to a limit and a few files of accepted types, each checked by its
/// content. All or nothing: one refused file refuses the message. The sender has read everything up to it.
/// </summary>
public sealed class PostMessage(AppDb db, MessagingQueries queries, TimeProvider clock)
{
    public async Task<PostResult> HandleAsync(MessagingReader actor, int threadId, string? body, IReadOnlyList<IncomingFile> files, CancellationToken ct)
    {
        var thread = await queries.ReadableThreads(actor).SingleOrDefaultAsync(t => t.Id == threadId, ct);
        if (thread is null)
            return new(Outcome.NotFound(MessagingText.Say($"Thread {threadId} does not exist or is not yours.")), null, null);
        if (thread.Kind == ThreadKind.Broadcast || !await queries.PartyThreads(actor).AnyAsync(t => t.Id == threadId, ct))
            return new(Outcome.Forbidden(thread.Kind == ThreadKind.Broadcast
                ? MessagingText.Say("Broadcasts of the organizers take no replies; write to the organizers in a meeting-request thread instead.")
                : MessagingText.Say("Organizers read this conversation; only its two parties write in it.")), null, null);
        var text = body?.Trim() ?? "";
        if (text.Length > Message.MaxBodyLength)
            return new(Outcome.Invalid("body", MessagingText.Say($"A message has at most {Message.MaxBodyLength:N0} characters; this one has {text.Length:N0}.")), null, null);
        if (text.Length == 0 && files.Count == 0)
            return new(Outcome.Invalid("body", MessagingText.Say("Write a message or attach a file.")), null, null);
        if (files.Count > AttachmentRules.MaxFilesPerMessage)
            return new(Outcome.Invalid("files", MessagingText.Say($"A message carries at most {AttachmentRules.MaxFilesPerMessage} files; this one has {files.Count}.")), null, null);

        var now = clock.GetUtcNow().UtcDateTime;
        var message = new Message
        {
            ThreadId = threadId,
            SenderUserId = actor.User.Id,
            SenderName = actor.User.DisplayName ?? actor.User.Email ?? actor.User.UserName ?? "",
            SenderOrganizationId = actor.OrganizationId,
            Body = text,
            SentAt = now,
        };
        foreach (var file in files)
        {
            var name = AttachmentRules.CleanName(file.FileName);
            if (AttachmentRules.CheckShape(name, file.Length) is { } refusal)
                return new(Outcome.Ok, refusal, null);
            using var buffer = new MemoryStream((int)file.Length);
            await using (var stream = file.Open())
                await stream.CopyToAsync(buffer, ct);
            var content = buffer.ToArray();
            var (refused, contentType) = AttachmentRules.CheckContent(name, content);
            if (refused is not null)
                return new(Outcome.Ok, refused, null);
            message.Attachments.Add(new MessageAttachment { FileName = name, ContentType = contentType, Size = content.Length, Content = content });
        }
        db.Messages.Add(message);
        thread.LastMessageAt = now;
        await db.SaveChangesAsync(ct);
        await MarkThreadRead.UpToAsync(db, threadId, actor.User.Id, message.Id, now, ct);
        return new(Outcome.Ok, null, message.Id);
    }
}
