using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

/// <summary>The lead organization attaches a file to its draft, within the call's types, size and count.</summary>
public sealed class AttachFile(AppDb db, TimeProvider clock)
{
    static readonly Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider ContentTypes = new();

    public async Task<Outcome<SubmissionAttachment>> HandleAsync(ReviewActor actor, int submissionId, string fileName,
        Stream content, long length, CancellationToken ct)
    {
        var submission = await actor.Editable(db).Include(s => s.Call).SingleOrDefaultAsync(s => s.Id == submissionId, ct);
        if (submission is null)
            return Outcome.NotFound(ReviewText.Say($"Submission {submissionId} does not exist or is not your organization's."));
        if (submission.Status != SubmissionStatus.Draft)
            return Outcome.Conflict(ReviewText.Say($"Submission {submissionId} is {submission.Status.ToString().ToLowerInvariant()}; attach files to drafts only."));
        var call = submission.Call!;
        var name = UploadedFileName.Of(fileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (call.AttachmentTypes.Count == 0 || call.MaxAttachments == 0)
            return Outcome.Invalid("file", ReviewText.Say("This call accepts no attachments."));
        if (name.Length is 0 or > FieldLengths.FileName)
            return Outcome.Invalid("file", ReviewText.Say("The file needs a name of at most 255 characters."));
        if (!call.AttachmentTypes.Contains(extension))
            return Outcome.Invalid("file", ReviewText.Say($"'{name}': this call accepts {string.Join(", ", call.AttachmentTypes)} files only."));
        if (length == 0)
            return Outcome.Invalid("file", ReviewText.Say($"'{name}' is empty."));
        if (length > call.MaxAttachmentBytes)
            return Outcome.TooLarge("file", ReviewText.Say($"'{name}' has {length / 1024.0 / 1024.0:0.0} MB; the limit is {call.MaxAttachmentBytes / 1024 / 1024} MB."));
        var count = await db.SubmissionAttachments.CountAsync(a => a.SubmissionId == submissionId, ct);
        if (count >= call.MaxAttachments)
            return Outcome.Conflict(ReviewText.Say($"Submission {submissionId} has {count} attachments already; this call allows {call.MaxAttachments}."));
        using var buffer = new MemoryStream((int)length);
        await content.CopyToAsync(buffer, ct);
        var attachment = new SubmissionAttachment
        {
            SubmissionId = submissionId,
            FileName = name,
            // The type served on download follows the checked extension, never what the uploading browser claimed.
            ContentType = ContentTypes.TryGetContentType(name, out var type) ? type : "application/octet-stream",
            Size = (int)buffer.Length,
            Content = buffer.ToArray(),
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.SubmissionAttachments.Add(attachment);
        await db.SaveChangesAsync(ct);
        return Outcome.Success(attachment);
    }
}
