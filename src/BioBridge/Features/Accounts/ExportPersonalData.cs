using System.Security.Claims;
using BioBridge.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Accounts;

/// <summary>
/// Everything the platform keeps about the caller, as one JSON document (the right of access and portability of
/// PIPA art. 35 and PIPL art. 45): account, roles, consents, tokens (never their secrets), invitations, delegate
/// registrations with the meeting requests they sent and received, expressions of interest, opportunities they
/// published, messages they sent, reviews they wrote, and the audit entries about them. Only rows of the caller, found by their id or e-mail.
/// </summary>
public sealed class ExportPersonalData(AppDb db, UserManager<AppUser> users, RecordConsent consents, TimeProvider clock)
{
    const int MaxAuditEntries = 10_000;

    public async Task<object?> HandleAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
            return null;
        var id = user.Id;
        var email = user.Email;
        var delegates = await db.Delegates.AsNoTracking().Where(d => d.UserId == id || d.Email == email)
            .Select(d => new { d.Id, d.EventId, d.OrganizationId, d.DisplayName, d.Email, d.JobTitle, d.Languages, d.MaxMeetings, d.RegisteredAt, d.CheckedInAt })
            .ToListAsync(ct);
        var delegateIds = delegates.Select(d => d.Id).ToList();
        return new
        {
            exportedAt = clock.GetUtcNow().UtcDateTime,
            account = new
            {
                user.Id, user.Email, user.EmailConfirmed, user.DisplayName, user.PreferredLanguage, user.ClusterId, user.OrganizationId,
                user.PhoneNumber, user.TwoFactorEnabled, user.LockoutEnd, user.AccessFailedCount,
                roles = await users.GetRolesAsync(user),
            },
            consents = (await consents.StateAsync(id, ct)).History,
            accessTokens = await db.Set<AccessToken>().AsNoTracking().Where(t => t.UserId == id)
                .Select(t => new { t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt }).ToListAsync(ct),
            invitations = await db.Set<Invitation>().AsNoTracking().Where(i => i.Email == email || i.AcceptedUserId == id)
                .Select(i => new { i.Id, i.Email, i.Role, i.Language, i.CreatedAt, i.ExpiresAt, i.AcceptedAt, organization = i.Organization!.ExternalId })
                .ToListAsync(ct),
            delegates,
            meetingRequestsSent = await db.MeetingRequests.AsNoTracking().Where(r => delegateIds.Contains(r.FromDelegateId))
                .Select(r => new { r.Id, r.EventId, r.FromDelegateId, r.ToDelegateId, r.Message, r.Priority, r.Mode, r.Status, r.CreatedAt, r.AnsweredAt })
                .ToListAsync(ct),
            meetingRequestsReceived = await db.MeetingRequests.AsNoTracking().Where(r => delegateIds.Contains(r.ToDelegateId))
                .Select(r => new { r.Id, r.EventId, r.FromDelegateId, r.ToDelegateId, r.Message, r.Priority, r.Mode, r.Status, r.CreatedAt, r.AnsweredAt })
                .ToListAsync(ct),
            expressionsOfInterest = await db.ExpressionsOfInterest.AsNoTracking().Where(x => x.UserId == id)
                .Select(x => new { x.Id, x.OpportunityId, x.OrganizationId, x.Message, x.Status, x.Reply, x.CreatedAt, x.AnsweredAt })
                .ToListAsync(ct),
            opportunities = await db.Opportunities.AsNoTracking().Where(o => o.CreatedByUserId == id)
                .Select(o => new { o.Id, o.Kind, o.Title, o.Body, o.Status, o.CreatedAt }).ToListAsync(ct),
            messagesSent = await db.Messages.AsNoTracking().Where(m => m.SenderUserId == id)
                .Select(m => new { m.Id, m.ThreadId, m.SenderName, m.Body, m.SentAt }).ToListAsync(ct),
            reviews = await db.Reviews.AsNoTracking().Where(r => r.ReviewerId == id)
                .Select(r => new { r.Id, r.SubmissionId, r.AssignedAt, r.SubmittedAt, r.Comment }).ToListAsync(ct),
            auditEntries = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.SubjectUserId == id || a.ActorId == id)
                .OrderByDescending(a => a.Id).Take(MaxAuditEntries)
                .Select(a => new { a.At, a.Category, a.Action, a.EntityType, a.EntityKey, a.Details }).ToListAsync(ct),
        };
    }
}
