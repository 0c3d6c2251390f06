using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Opportunities;

/// <summary>The expressions of interest a person sent and the opportunities they posted.</summary>
public sealed class OpportunityPersonalRecords(AppDb db) : IPersonalRecords
{
    public async Task ExportAsync(PersonalDataSubject subject, IDictionary<string, object> sections, CancellationToken ct)
    {
        sections["expressionsOfInterest"] = await db.ExpressionsOfInterest.AsNoTracking().Where(x => x.UserId == subject.UserId)
            .Select(x => new { x.Id, x.OpportunityId, x.OrganizationId, x.Message, x.Status, x.Reply, x.CreatedAt, x.AnsweredAt })
            .ToListAsync(ct);
        sections["opportunities"] = await db.Opportunities.AsNoTracking().Where(o => o.CreatedByUserId == subject.UserId)
            .Select(o => new { o.Id, o.Kind, o.Title, o.Body, o.Status, o.CreatedAt }).ToListAsync(ct);
    }

    /// <summary>An interest is the organization's, not the person's: it stays, without who sent it.</summary>
    public Task EraseAsync(PersonalDataSubject subject, CancellationToken ct) =>
        db.ExpressionsOfInterest.Where(x => x.UserId == subject.UserId).ExecuteUpdateAsync(s => s.SetProperty(x => x.UserId, (string?)null), ct);
}
