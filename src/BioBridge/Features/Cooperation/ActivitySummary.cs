using System.Text;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>
/// The rules of the <see cref="ActivityDay"/> rows: which key a record counts under, how changes are added
/// (an atomic upsert, so concurrent saves on PostgreSQL never lose an increment) and how the whole summary is
/// rebuilt from the records after bulk loads.
/// </summary>
public static class ActivitySummary
{
    const int RowsPerUpsert = 400;

    public static string Key(IEnumerable<string?> clusters) =>
        string.Join(',', clusters.OfType<string>().Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal));

    /// <summary>Whether a row's cluster set meets the filter (null: every row).</summary>
    public static bool Touches(string key, IReadOnlyCollection<string>? clusters) =>
        clusters is null || key.Split(',').Any(clusters.Contains);

    public static async Task<Dictionary<int, string>> DelegateClustersAsync(AppDb db, IEnumerable<int> delegateIds, CancellationToken ct)
    {
        var ids = delegateIds.Distinct().ToList();
        return ids.Count == 0 ? [] : await db.Delegates.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Organization!.ClusterId }).ToDictionaryAsync(d => d.Id, d => d.ClusterId, ct);
    }

    /// <summary>For held meetings: the day of their slot and the clusters of their seats, by meeting id.</summary>
    public static async Task<Dictionary<int, (DateOnly Day, string Clusters)>> MeetingKeysAsync(AppDb db, IEnumerable<(int MeetingId, int SlotId)> meetings,
        CancellationToken ct)
    {
        var list = meetings.Distinct().ToList();
        if (list.Count == 0)
            return [];
        var slotIds = list.Select(m => m.SlotId).Distinct().ToList();
        var days = await db.EventSlots.AsNoTracking().Where(s => slotIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Day, ct);
        var meetingIds = list.Select(m => m.MeetingId).ToList();
        var seats = await db.MeetingSeats.AsNoTracking().Where(s => meetingIds.Contains(s.MeetingId))
            .Join(db.Delegates, s => s.DelegateId, d => d.Id, (s, d) => new { s.MeetingId, d.Organization!.ClusterId }).ToListAsync(ct);
        var clusters = seats.ToLookup(s => s.MeetingId, s => s.ClusterId);
        return list.ToDictionary(m => m.MeetingId, m => (days[m.SlotId], Key(clusters[m.MeetingId])));
    }

    /// <summary>Adds the deltas in the current transaction, in key order so that concurrent saves cannot deadlock.</summary>
    public static async Task AddAsync(AppDb db, IEnumerable<ActivityDelta> deltas, CancellationToken ct)
    {
        var merged = deltas.GroupBy(d => (d.Measure, d.Day, d.Clusters)).Select(g => new ActivityDelta(g.Key.Measure, g.Key.Day, g.Key.Clusters, g.Sum(d => d.Count)))
            .Where(d => d.Count != 0).OrderBy(d => d.Measure).ThenBy(d => d.Day).ThenBy(d => d.Clusters, StringComparer.Ordinal).ToList();
        foreach (var chunk in merged.Chunk(RowsPerUpsert))
        {
            var sql = new StringBuilder("INSERT INTO \"ActivityDays\" (\"Measure\", \"Day\", \"Clusters\", \"Count\") VALUES ");
            var parameters = new List<object>();
            foreach (var d in chunk)
            {
                sql.Append(parameters.Count == 0 ? "" : ", ").Append($"({{{parameters.Count}}}, {{{parameters.Count + 1}}}, {{{parameters.Count + 2}}}, {{{parameters.Count + 3}}})");
                parameters.AddRange([d.Measure.ToString(), d.Day, d.Clusters, d.Count]);
            }
            sql.Append(" ON CONFLICT (\"Measure\", \"Day\", \"Clusters\") DO UPDATE SET \"Count\" = \"ActivityDays\".\"Count\" + excluded.\"Count\"");
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
        }
    }

    sealed record HeldGroup(DateOnly Day, string? Low, string? High, long Count);

    /// <summary>
    /// Replaces every row with counts computed from the records (run it in a transaction). Meetings are one-to-one:
    /// the lowest and highest cluster of their two seats are their cluster set.
    /// </summary>
    public static async Task<int> RebuildAsync(AppDb db, CancellationToken ct)
    {
        await db.ActivityDays.ExecuteDeleteAsync(ct);
        var requests = await db.MeetingRequests.GroupBy(r => new
        {
            r.CreatedAt.Year, r.CreatedAt.Month, r.CreatedAt.Day, From = r.FromDelegate!.Organization!.ClusterId, To = r.ToDelegate!.Organization!.ClusterId,
        }).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
        var followUps = await db.MeetingFollowUps.Join(db.Delegates, f => f.DelegateId, d => d.Id, (f, d) => new { f.SubmittedAt, d.Organization!.ClusterId })
            .GroupBy(f => new { f.SubmittedAt.Year, f.SubmittedAt.Month, f.SubmittedAt.Day, f.ClusterId })
            .Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
        var held = await db.Database.SqlQueryRaw<HeldGroup>("""
            SELECT x."Day", x."Low", x."High", COUNT(*) AS "Count" FROM (
                SELECT sl."Day" AS "Day", MIN(o."ClusterId") AS "Low", MAX(o."ClusterId") AS "High"
                FROM "Meetings" m JOIN "EventSlots" sl ON sl."Id" = m."SlotId"
                LEFT JOIN "MeetingSeats" s ON s."MeetingId" = m."Id"
                LEFT JOIN "Delegates" d ON d."Id" = s."DelegateId"
                LEFT JOIN "Organizations" o ON o."Id" = d."OrganizationId"
                WHERE m."Status" = 'Held'
                GROUP BY m."Id", sl."Day") x
            GROUP BY x."Day", x."Low", x."High"
            """).ToListAsync(ct);
        var rows = requests.Select(r => new ActivityDelta(ActivityMeasure.MeetingRequests, new DateOnly(r.Key.Year, r.Key.Month, r.Key.Day), Key([r.Key.From, r.Key.To]), r.Count))
            .Concat(followUps.Select(f => new ActivityDelta(ActivityMeasure.FollowUps, new DateOnly(f.Key.Year, f.Key.Month, f.Key.Day), Key([f.Key.ClusterId]), f.Count)))
            .Concat(held.Select(h => new ActivityDelta(ActivityMeasure.MeetingsHeld, h.Day, Key([h.Low, h.High]), h.Count)))
            .ToList();
        await AddAsync(db, rows, ct);
        return rows.Count;
    }

    /// <summary>Rebuilds when the records hold activity the summary does not: a database migrated from before it.</summary>
    public static async Task EnsureBuiltAsync(AppDb db, CancellationToken ct)
    {
        if (await db.ActivityDays.AnyAsync(ct) || !await db.MeetingRequests.AnyAsync(ct) && !await db.MeetingFollowUps.AnyAsync(ct))
            return;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await RebuildAsync(db, ct);
        await transaction.CommitAsync(ct);
    }

    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(utc);
}
