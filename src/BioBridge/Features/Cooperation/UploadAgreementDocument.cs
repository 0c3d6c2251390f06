using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>Attaches a signed text or annex to an agreement.</summary>
public sealed class UploadAgreementDocument(AppDb db, TimeProvider clock)
{
    public async Task<Outcome<AgreementDocument>> HandleAsync(string slug, string? fileName, Stream content, long length,
        CooperationActor actor, CancellationToken ct)
    {
        var agreement = await db.Agreements.NamedAsync(slug, ct);
        if (agreement is null)
            return Outcome.NotFound(CooperationText.Say($"No agreement '{slug}'."));
        // Refuse an oversized upload before reading it into memory.
        if (length > AgreementDocument.MaxBytes)
            return Outcome.TooLarge("file", CooperationText.Say($"{UploadedFileName.Of(fileName)} has {length / 1024 / 1024.0:0.0} MB; the limit is {AgreementDocument.MaxBytes / 1024 / 1024} MB."));
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var (outcome, document) = AgreementDocument.Create(agreement.Id, fileName, buffer.ToArray(), clock.GetUtcNow().UtcDateTime, actor.UserId);
        if (document is null)
            return outcome;
        db.AgreementDocuments.Add(document);
        await db.SaveChangesAsync(ct);
        return Outcome.Success(document);
    }
}
