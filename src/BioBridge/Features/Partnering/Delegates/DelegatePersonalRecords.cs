using System.Linq.Expressions;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>A person's delegate registrations and the meeting requests they sent and received.</summary>
public sealed class DelegatePersonalRecords(AppDb db) : IPersonalRecords
{
    public async Task ExportAsync(PersonalDataSubject subject, IDictionary<string, object> sections, CancellationToken ct)
    {
        var delegates = await DelegatesOf(subject)
            .Select(d => new { d.Id, d.EventId, d.OrganizationId, d.DisplayName, d.Email, d.JobTitle, d.Languages, d.MaxMeetings, d.RegisteredAt, d.CheckedInAt })
            .ToListAsync(ct);
        var ids = delegates.Select(d => d.Id).ToList();
        sections["delegates"] = delegates;
        sections["meetingRequestsSent"] = await RequestsAsync(r => ids.Contains(r.FromDelegateId), ct);
        sections["meetingRequestsReceived"] = await RequestsAsync(r => ids.Contains(r.ToDelegateId), ct);
    }

    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken ct)
    {
        var ids = await DelegatesOf(subject).Select(d => d.Id).ToListAsync(ct);
        // The messages they wrote may name them; the requests themselves stay for the event's figures.
        await db.MeetingRequests.Where(r => ids.Contains(r.FromDelegateId)).ExecuteUpdateAsync(s => s.SetProperty(r => r.Message, ""), ct);
        await db.Delegates.Where(d => ids.Contains(d.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.DisplayName, "(deleted)")
            .SetProperty(d => d.Email, d => "deleted-" + d.Id + "@deleted.invalid")
            .SetProperty(d => d.JobTitle, (string?)null)
            .SetProperty(d => d.UserId, (string?)null), ct);
    }

    IQueryable<EventDelegate> DelegatesOf(PersonalDataSubject subject) =>
        db.Delegates.AsNoTracking().Where(d => d.UserId == subject.UserId || d.Email == subject.Email);

    async Task<object> RequestsAsync(Expression<Func<MeetingRequest, bool>> which, CancellationToken ct) =>
        await db.MeetingRequests.AsNoTracking().Where(which)
            .Select(r => new { r.Id, r.EventId, r.FromDelegateId, r.ToDelegateId, r.Message, r.Priority, r.Mode, r.Status, r.CreatedAt, r.AnsweredAt })
            .ToListAsync(ct);
}
