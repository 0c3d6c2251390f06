using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>
/// The KPI dashboard of the cooperation, overall or per agreement: every figure is one aggregate query (GROUP BY in
/// SQL) over a <see cref="DashboardScope"/> query, so it scales with indexes, not with rows loaded; the million-row
/// partnering streams (requests, meetings held, follow-ups) are read from their daily summary (<see cref="ActivityDay"/>).
/// </summary>
public sealed class CooperationDashboard(AppDb db, TimeProvider clock)
{
    public const int TopSectors = 10;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<Outcome<DashboardScope>> ScopeAsync(DashboardFilter filter, CancellationToken ct) =>
        DashboardScope.ResolveAsync(db, filter, Today, ct);

    public async Task<Outcome<DashboardResult>> HandleAsync(DashboardFilter filter, string language, CancellationToken ct)
    {
        var scope = await ScopeAsync(filter, ct);
        return scope.Succeeded ? Outcome.Success(await ComputeAsync(scope.Value, language, ct)) : scope.Verdict;
    }

    public async Task<DashboardResult> ComputeAsync(DashboardScope s, string language, CancellationToken ct)
    {
        var clusterNames = await db.Clusters.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name.GetWithFallback(language).Text ?? c.Id, ct);
        var byCluster = await s.Organizations().GroupBy(o => o.ClusterId).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
        var bySector = await s.OrganizationSectors().GroupBy(x => x.ConceptCode)
            .Select(g => new { g.Key, Count = g.LongCount() }).OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(TopSectors).ToListAsync(ct);
        var sectorCodes = bySector.Select(b => b.Key).ToList();
        var sectorLabels = await db.Concepts.Where(c => sectorCodes.Contains(c.Code))
            .Select(c => new { c.Code, c.LabelKo, c.LabelZh, c.LabelEn }).ToDictionaryAsync(c => c.Code, c => language switch
            {
                "ko" => c.LabelKo,
                "zh" => c.LabelZh,
                _ => c.LabelEn,
            }, ct);

        var dealTotals = await s.Deals().GroupBy(d => d.Kind).Select(g => new { g.Key, Count = g.LongCount(), Value = g.Sum(d => d.ValueUsdCents) }).ToListAsync(ct);
        var projects = await s.Projects().GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);

        var activity = await s.ActivityAsync(ct);
        var requestMonths = activity[ActivityMeasure.MeetingRequests].ToList();
        var meetingMonths = activity[ActivityMeasure.MeetingsHeld].ToList();
        var dealMonths = await s.Deals().GroupBy(d => new { d.ClosedOn.Year, d.ClosedOn.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.LongCount(), Value = g.Sum(d => d.ValueUsdCents) }).ToListAsync(ct);

        var opportunities = await s.Opportunities().LongCountAsync(ct);
        var introductions = await s.Introductions().LongCountAsync(ct);
        var followUps = activity[ActivityMeasure.FollowUps].Sum(f => f.Count);
        var commitments = await s.Commitments().LongCountAsync(ct);
        var onTime = await s.CommitmentsOnTime().LongCountAsync(ct);

        var months = new List<MonthFigures>();
        for (var month = new DateOnly(s.From.Year, s.From.Month, 1); month <= s.To; month = month.AddMonths(1))
        {
            var (y, m) = (month.Year, month.Month);
            var first = month < s.From ? s.From : month;
            var last = month.AddMonths(1).AddDays(-1) > s.To ? s.To : month.AddMonths(1).AddDays(-1);
            var deals = dealMonths.SingleOrDefault(d => d.Year == y && d.Month == m);
            months.Add(new MonthFigures($"{y:0000}-{m:00}",
                requestMonths.Where(r => r.Year == y && r.Month == m).Sum(r => r.Count),
                meetingMonths.Where(r => r.Year == y && r.Month == m).Sum(r => r.Count),
                deals?.Count ?? 0, deals?.Value ?? 0,
                $"/cooperation?{s.Query(from: first, to: last)}"));
        }

        var requests = requestMonths.Sum(r => r.Count);
        var held = meetingMonths.Sum(r => r.Count);
        var dealCount = dealTotals.Sum(d => d.Count);
        Figure F(string key, long value, string kind, string? facet = null) => new(key, key, value, s.RecordsHref(kind, facet));
        return new DashboardResult(s.From, s.To, s.Cluster, s.Agreement?.Slug, s.Query(),
            F("organizations", byCluster.Sum(c => c.Count), "organizations"),
            byCluster.OrderByDescending(c => c.Count).Select(c => new Figure(c.Key, clusterNames.GetValueOrDefault(c.Key, c.Key), c.Count,
                $"/cooperation/records/organizations?{s.Query("cluster:" + c.Key)}")).ToList(),
            bySector.Select(c => new Figure(c.Key, sectorLabels.GetValueOrDefault(c.Key, c.Key), c.Count, s.RecordsHref("organizations", "sector:" + c.Key))).ToList(),
            F("opportunities", opportunities, "opportunities"),
            F("meeting-requests", requests, "meeting-requests"),
            F("meetings-held", held, "meetings-held"),
            F("follow-ups", followUps, "follow-ups"),
            F("introductions", introductions, "introductions"),
            F("deals", dealCount, "deals"),
            dealTotals.Sum(d => d.Value),
            Enum.GetValues<DealKind>().Select(k => F(CooperationCodes.Code(k), dealTotals.Where(d => d.Key == k).Sum(d => d.Count), "deals", CooperationCodes.Code(k))).ToList(),
            F("projects", projects.Sum(p => p.Count), "projects"),
            Enum.GetValues<ProjectStatus>().Select(k => F(CooperationCodes.Code(k), projects.Where(p => p.Key == k).Sum(p => p.Count), "projects", CooperationCodes.Code(k))).ToList(),
            F("commitments", commitments, "commitments"),
            F("commitments-on-time", onTime, "commitments", "on-time"),
            months,
            [
                F("recommended", introductions, "introductions"),
                F("requested", requests, "meeting-requests"),
                F("met", held, "meetings-held"),
                F("deal", dealCount, "deals"),
            ]);
    }
}
