using System.Security.Claims;
using BioBridge.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Accounts;

/// <summary>
/// Everything the platform keeps about the caller, as one JSON document (the right of access and portability of
/// PIPA art. 35 and PIPL art. 45): account, roles, consents, tokens (never their secrets), invitations, delegate
/// registrations with the meeting requests they sent and received, expressions of interest, opportunities they
/// published, messages they sent, reviews they wrote (each feature adds its own, <see cref="IPersonalRecords"/>), and the audit
/// entries about them. Only rows of the caller, found by their id or e-mail.
/// </summary>
public sealed class ExportPersonalData(AppDb db, IAccountOrganizations organizations, IEnumerable<IPersonalRecords> features,
    UserManager<AppUser> users, RecordConsent consents, TimeProvider clock)
{
    const int MaxAuditEntries = 10_000;

    public async Task<IReadOnlyDictionary<string, object>?> HandleAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
            return null;
        var (id, email) = (user.Id, user.Email);
        var sections = new Dictionary<string, object>
        {
            ["exportedAt"] = clock.GetUtcNow().UtcDateTime,
            ["account"] = new
            {
                user.Id, user.Email, user.EmailConfirmed, user.DisplayName, user.PreferredLanguage, user.ClusterId, user.OrganizationId,
                user.PhoneNumber, user.TwoFactorEnabled, user.LockoutEnd, user.AccessFailedCount,
                roles = await users.GetRolesAsync(user),
            },
            ["consents"] = (await consents.StateAsync(id, ct)).History,
            ["accessTokens"] = await db.Set<AccessToken>().AsNoTracking().Where(t => t.UserId == id)
                .Select(t => new { t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt }).ToListAsync(ct),
            ["invitations"] = await db.Set<Invitation>().AsNoTracking().Where(i => i.Email == email || i.AcceptedUserId == id)
                .Join(organizations.All, i => i.OrganizationId, o => o.Id,
                    (i, o) => new { i.Id, i.Email, i.Role, i.Language, i.CreatedAt, i.ExpiresAt, i.AcceptedAt, organization = o.ExternalId })
                .ToListAsync(ct),
        };
        var subject = new PersonalDataSubject(id, email);
        foreach (var feature in features)
            await feature.ExportAsync(subject, sections, ct);
        sections["auditEntries"] = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.SubjectUserId == id || a.ActorId == id)
            .OrderByDescending(a => a.Id).Take(MaxAuditEntries)
            .Select(a => new { a.At, a.Category, a.Action, a.EntityType, a.EntityKey, a.Details }).ToListAsync(ct);
        return sections;
    }
}
