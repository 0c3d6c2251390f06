using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Messaging;

/// <summary>The messages a person sent.</summary>
public sealed class MessagePersonalRecords(AppDb db) : IPersonalRecords
{
    public async Task ExportAsync(PersonalDataSubject subject, IDictionary<string, object> sections, CancellationToken ct) =>
        sections["messagesSent"] = await db.Messages.AsNoTracking().Where(m => m.SenderUserId == subject.UserId)
            .Select(m => new { m.Id, m.ThreadId, m.SenderName, m.Body, m.SentAt }).ToListAsync(ct);

    /// <summary>The other side of a conversation keeps the messages; only the sender's name goes.</summary>
    public Task EraseAsync(PersonalDataSubject subject, CancellationToken ct) =>
        db.Messages.Where(m => m.SenderUserId == subject.UserId).ExecuteUpdateAsync(s => s.SetProperty(m => m.SenderName, "(deleted)"), ct);
}
