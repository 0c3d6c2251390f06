using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

/// <summary>The reviews a person wrote.</summary>
public sealed class ReviewPersonalRecords(AppDb db) : IPersonalRecords
{
    public async Task ExportAsync(PersonalDataSubject subject, IDictionary<string, object> sections, CancellationToken ct) =>
        sections["reviews"] = await db.Reviews.AsNoTracking().Where(r => r.ReviewerId == subject.UserId)
            .Select(r => new { r.Id, r.SubmissionId, r.AssignedAt, r.SubmittedAt, r.Comment }).ToListAsync(ct);

    /// <summary>Reviews stay as they are: a call's ranking and decisions rest on them, and they carry the reviewer's id only.</summary>
    public Task EraseAsync(PersonalDataSubject subject, CancellationToken ct) => Task.CompletedTask;
}
