using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Opportunities;
using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>
/// A resolved filter and the one definition of every figure's records: the dashboard counts these queries in SQL and
/// the drill-down lists the same queries, so a figure always equals the number of its records. An agreement narrows
/// to its cluster parties and to the time since it was signed; deals, projects and commitments also to those linked to it.
/// </summary>
public sealed class DashboardScope
{
    public const int DefaultMonths = 24;

    DashboardScope(AppDb db, DateOnly from, DateOnly to, string? cluster, string[]? clusters, Agreement? agreement, DateOnly today)
    {
        this.db = db;
        From = from;
        To = to;
        Cluster = cluster;
        Clusters = clusters;
        Agreement = agreement;
        Today = today;
    }

    readonly AppDb db;

    public DateOnly From { get; }
    public DateOnly To { get; }
    public string? Cluster { get; }
    /// <summary>The clusters records must touch; null for all.</summary>
    public string[]? Clusters { get; }
    public Agreement? Agreement { get; }
    public DateOnly Today { get; }

    DateTime FromUtc => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    DateTime UntilUtc => To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public static async Task<Outcome<DashboardScope>> ResolveAsync(AppDb db, DashboardFilter filter, DateOnly today, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var to = filter.To ?? today;
        var from = filter.From ?? new DateOnly(to.Year, to.Month, 1).AddMonths(1 - DefaultMonths);
        if (from > to)
            errors["from"] = [CooperationText.Say($"The period starts ({from:yyyy-MM-dd}) after it ends ({to:yyyy-MM-dd}).")];
        if (filter.Cluster is { Length: > 0 } cluster && !await db.Clusters.AnyAsync(c => c.Id == cluster, ct))
            errors["cluster"] = [CooperationText.Say($"Unknown cluster '{cluster}'.")];
        Agreement? agreement = null;
        if (filter.Agreement is { Length: > 0 } slug && (agreement = await db.Agreements.AsNoTracking().Include(a => a.Parties).NamedAsync(slug, ct)) is null)
            errors["agreement"] = [CooperationText.Say($"No agreement '{slug}'.")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);

        string[]? clusters = filter.Cluster is { Length: > 0 } c1 ? [c1] : null;
        if (agreement is not null)
        {
            if (agreement.SignedOn > from)
                from = agreement.SignedOn;
            var parties = agreement.Parties.Where(p => p.ClusterId is not null).Select(p => p.ClusterId!).ToArray();
            if (parties.Length > 0)
                clusters = clusters is null ? parties : clusters.Intersect(parties).ToArray();
        }
        return Outcome.Success(new DashboardScope(db, from, to, string.IsNullOrEmpty(filter.Cluster) ? null : filter.Cluster, clusters, agreement, today));
    }

    /// <summary>The query string of this scope, for links to records and reports.</summary>
    public string Query(string? facet = null, DateOnly? from = null, DateOnly? to = null)
    {
        var parts = new List<string> { $"from={from ?? From:yyyy-MM-dd}", $"to={to ?? To:yyyy-MM-dd}" };
        if (Cluster is not null)
            parts.Add("cluster=" + Uri.EscapeDataString(Cluster));
        if (Agreement is not null)
            parts.Add("agreement=" + Uri.EscapeDataString(Agreement.Slug));
        if (facet is not null)
            parts.Add("facet=" + Uri.EscapeDataString(facet));
        return string.Join("&", parts);
    }

    public string RecordsHref(string kind, string? facet = null, DateOnly? from = null, DateOnly? to = null) =>
        $"/cooperation/records/{kind}?{Query(facet, from, to)}";

    // Cluster filters go through id sets (SQL IN (SELECT ...), evaluated once) rather than joining each row's chain of
    // delegate and organization: a million rows stay a range scan. Rows with several parties (deals, projects, meetings)
    // are matched through the set of their ids with a party in the cluster, never by probing their (Id, party) key once
    // per organization of the cluster, which is what SQLite does with a correlated IN.
    IQueryable<int> ClusterOrganizationIds() => db.Organizations.Where(o => Clusters!.Contains(o.ClusterId)).Select(o => o.Id);

    IQueryable<int> ClusterDelegateIds()
    {
        var organizations = ClusterOrganizationIds();
        return db.Delegates.Where(d => organizations.Contains(d.OrganizationId)).Select(d => d.Id);
    }

    // Organizations are a stock: the period does not apply to them. Counted as the directory counts them (DirectoryCounts).
    public IQueryable<Organization> Organizations() =>
        Clusters is null ? db.Organizations.InDirectory() : db.Organizations.InDirectory().Where(o => Clusters.Contains(o.ClusterId));

    /// <summary>The sector rows of <see cref="Organizations"/>.</summary>
    public IQueryable<OrganizationSector> OrganizationSectors()
    {
        var organizations = Organizations().Select(o => o.Id);
        return db.OrganizationSectors.Where(x => organizations.Contains(x.OrganizationId));
    }

    public IQueryable<Opportunity> Opportunities()
    {
        var q = db.Opportunities.Where(o => o.CreatedAt >= FromUtc && o.CreatedAt < UntilUtc);
        if (Clusters is null)
            return q;
        var organizations = ClusterOrganizationIds();
        return q.Where(o => organizations.Contains(o.OrganizationId));
    }

    public IQueryable<MeetingRequest> MeetingRequests()
    {
        var q = db.MeetingRequests.Where(r => r.CreatedAt >= FromUtc && r.CreatedAt < UntilUtc);
        if (Clusters is null)
            return q;
        var delegates = ClusterDelegateIds();
        return q.Where(r => delegates.Contains(r.FromDelegateId) || delegates.Contains(r.ToDelegateId));
    }

    public IQueryable<Meeting> MeetingsHeld()
    {
        var q = db.Meetings.Where(m => m.Status == MeetingStatus.Held && m.Slot!.Day >= From && m.Slot.Day <= To);
        if (Clusters is null)
            return q;
        var delegates = ClusterDelegateIds();
        var meetings = db.MeetingSeats.Where(s => delegates.Contains(s.DelegateId)).Select(s => s.MeetingId);
        return q.Where(m => meetings.Contains(m.Id));
    }

    public IQueryable<EventDelegate> Delegates() => db.Delegates;

    /// <summary>
    /// Requests, meetings held and follow-ups of the scope by month, from the <see cref="ActivityDay"/> summary: the
    /// same numbers as counting <see cref="MeetingRequests"/>, <see cref="MeetingsHeld"/> and <see cref="FollowUps"/>,
    /// read from a few thousand rows instead of millions.
    /// </summary>
    public async Task<ILookup<ActivityMeasure, (int Year, int Month, long Count)>> ActivityAsync(CancellationToken ct)
    {
        var rows = await db.ActivityDays.AsNoTracking().Where(a => a.Day >= From && a.Day <= To)
            .GroupBy(a => new { a.Measure, a.Day.Year, a.Day.Month, a.Clusters })
            .Select(g => new { g.Key.Measure, g.Key.Year, g.Key.Month, g.Key.Clusters, Count = g.Sum(a => a.Count) }).ToListAsync(ct);
        return rows.Where(r => ActivitySummary.Touches(r.Clusters, Clusters))
            .GroupBy(r => (r.Measure, r.Year, r.Month))
            .ToLookup(g => g.Key.Measure, g => (g.Key.Year, g.Key.Month, g.Sum(r => r.Count)));
    }

    public async Task<long> CountAsync(ActivityMeasure measure, CancellationToken ct) => (await ActivityAsync(ct))[measure].Sum(m => m.Count);

    /// <summary>Follow-ups delegates gave after their meetings; a cluster's are those its delegates gave.</summary>
    public IQueryable<MeetingFollowUp> FollowUps()
    {
        var q = db.MeetingFollowUps.Where(f => f.SubmittedAt >= FromUtc && f.SubmittedAt < UntilUtc);
        if (Clusters is null)
            return q;
        var delegates = ClusterDelegateIds();
        return q.Where(f => delegates.Contains(f.DelegateId));
    }

    public IQueryable<Deal> Deals()
    {
        var q = db.Deals.Where(d => d.ClosedOn >= From && d.ClosedOn <= To);
        if (Agreement is not null)
            q = q.Where(d => d.AgreementId == Agreement.Id);
        if (Clusters is null)
            return q;
        var organizations = ClusterOrganizationIds();
        var deals = db.DealParties.Where(p => organizations.Contains(p.OrganizationId)).Select(p => p.DealId);
        return q.Where(d => deals.Contains(d.Id));
    }

    public IQueryable<JointProject> Projects()
    {
        var q = db.JointProjects.Where(p => p.StartedOn >= From && p.StartedOn <= To);
        if (Agreement is not null)
            q = q.Where(p => p.AgreementId == Agreement.Id);
        if (Clusters is null)
            return q;
        var organizations = ClusterOrganizationIds();
        var projects = db.ProjectPartners.Where(pp => organizations.Contains(pp.OrganizationId)).Select(pp => pp.ProjectId);
        return q.Where(p => projects.Contains(p.Id));
    }

    public IQueryable<Commitment> Commitments()
    {
        var q = db.Commitments.Where(c => c.DueOn >= From && c.DueOn <= To);
        if (Agreement is not null)
            q = q.Where(c => c.AgreementId == Agreement.Id);
        // A joint commitment (no owner cluster) belongs to both sides.
        return Clusters is null ? q : q.Where(c => c.OwnerClusterId == null || Clusters.Contains(c.OwnerClusterId));
    }

    /// <summary>On time: done by the due date, or open and not yet due (Commitment.IsOnTime, in SQL).</summary>
    public IQueryable<Commitment> CommitmentsOnTime() =>
        Commitments().Where(c => (c.CompletedOn != null && c.CompletedOn <= c.DueOn) || (c.CompletedOn == null && c.DueOn >= Today));

    public IQueryable<Introduction> Introductions()
    {
        var q = db.Introductions.Where(i => i.CreatedAt >= FromUtc && i.CreatedAt < UntilUtc);
        return Clusters is null ? q : q.Where(i => Clusters.Contains(i.FromClusterId) || Clusters.Contains(i.ToClusterId));
    }
}
