using System.Security.Claims;
using BioBridge.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Accounts;

/// <summary>
/// The audit log, newest first, filtered by actor (id or e-mail), entity type, category and period. Admins read every
/// entry; an operator reads their cluster's: the entries whose actor or subject is an account of the cluster (its
/// operators and reviewers, and the staff of its organizations). Work of commands and anonymous requests about no
/// such account stays admin-only.
/// </summary>
public sealed class AuditQueries(AppDb db, UserManager<AppUser> users, IAccountOrganizations organizations)
{
    public const int MaxPageSize = 200;

    public async Task<AuditPage> PageAsync(ClaimsPrincipal reader, AuditFilter filter, CancellationToken ct)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var query = await ReadableAsync(reader);
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim();
            var normalized = actor.ToUpperInvariant();
            var ids = db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id);
            query = query.Where(a => a.ActorId == actor || ids.Contains(a.ActorId));
        }
        if (!string.IsNullOrWhiteSpace(filter.Entity))
            query = query.Where(a => a.EntityType == filter.Entity.Trim());
        if (!string.IsNullOrWhiteSpace(filter.Category))
            query = query.Where(a => a.Category == filter.Category.Trim());
        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue);
            query = query.Where(a => a.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue);
            query = query.Where(a => a.At < end);
        }
        var rows = await query.OrderByDescending(a => a.Id).Skip(Paging.Skip(page, size)).Take(size + 1)
            .Select(a => new AuditRow(a.Id, a.At, a.ActorId, db.Users.Where(u => u.Id == a.ActorId).Select(u => u.Email).FirstOrDefault(),
                a.Category, a.Action, a.EntityType, a.EntityKey, a.SubjectUserId, a.Details))
            .ToListAsync(ct);
        return new AuditPage(rows.Take(size).ToList(), page, size, rows.Count > size);
    }

    /// <summary>The entity types that occur in the reader's part of the log, for the filter's choices.</summary>
    public async Task<IReadOnlyList<string>> EntityTypesAsync(ClaimsPrincipal reader, CancellationToken ct) =>
        await (await ReadableAsync(reader)).Where(a => a.EntityType != null).Select(a => a.EntityType!).Distinct().OrderBy(t => t).ToListAsync(ct);

    /// <summary>The cluster whose entries the reader may read: null for admins (everything).</summary>
    public async Task<(bool Any, string? Cluster)> ScopeAsync(ClaimsPrincipal reader)
    {
        if (reader.IsInRole(Roles.Admin))
            return (true, null);
        if (!reader.IsInRole(Roles.Operator))
            return (false, null);
        var cluster = (await users.GetUserAsync(reader))?.ClusterId;
        return (cluster is not null, cluster);
    }

    async Task<IQueryable<AuditEntry>> ReadableAsync(ClaimsPrincipal reader)
    {
        var entries = db.Set<AuditEntry>().AsNoTracking();
        var (any, cluster) = await ScopeAsync(reader);
        if (!any)
            return entries.Where(_ => false);
        if (cluster is null)
            return entries;
        var members = organizations.All.Where(o => o.ClusterId == cluster).Select(o => o.Id);
        var accounts = db.Users.Where(u => u.ClusterId == cluster || u.OrganizationId != null && members.Contains(u.OrganizationId.Value))
            .Select(u => u.Id);
        return entries.Where(a => accounts.Contains(a.ActorId) || a.SubjectUserId != null && accounts.Contains(a.SubjectUserId));
    }
}
