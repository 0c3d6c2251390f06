using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Accounts;

/// <summary>The audit log for admins: newest first, filtered by actor (id or e-mail), entity type, category and period.</summary>
public sealed class AuditQueries(AppDb db)
{
    public const int MaxPageSize = 200;

    public async Task<AuditPage> PageAsync(AuditFilter filter, CancellationToken ct)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var query = db.Set<AuditEntry>().AsNoTracking();
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

    /// <summary>The entity types that occur in the log, for the filter's choices.</summary>
    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken ct) =>
        await db.Set<AuditEntry>().AsNoTracking().Where(a => a.EntityType != null).Select(a => a.EntityType!).Distinct().OrderBy(t => t).ToListAsync(ct);
}
