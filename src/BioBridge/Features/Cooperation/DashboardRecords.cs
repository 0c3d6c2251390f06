using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>
/// The records behind a dashboard figure: the same scope query, listed. Kinds: organizations, opportunities,
/// meeting-requests, meetings-held, follow-ups, introductions, deals, projects, commitments. The facet narrows as the figure did
/// (cluster:ID or sector:CODE for organizations, a deal kind, a project status, on-time for commitments). Totals of
/// requests, meetings held and follow-ups come from the summary the dashboard reads (the same number, without
/// counting a million rows); the listed rows from the records.
/// </summary>
public static class DashboardRecords
{
    public const int MaxPageSize = 200;

    public static readonly string[] Kinds =
        ["organizations", "opportunities", "meeting-requests", "meetings-held", "follow-ups", "introductions", "deals", "projects", "commitments"];

    public static async Task<Outcome<RecordPage>> ListAsync(DashboardScope s, string kind, string? facet, string language,
        int page, int pageSize, CancellationToken ct)
    {
        if (!Kinds.Contains(kind))
            return Outcome.NotFound(CooperationText.Say($"No records of kind '{kind}'; kinds are {string.Join(", ", Kinds)}."));
        if (page < 1 || pageSize is < 1 or > MaxPageSize)
            return Outcome.Invalid("pageSize", CooperationText.Say($"page starts at 1 and pageSize is 1 to {MaxPageSize}."));
        var skip = Paging.Skip(page, pageSize);
        var result = kind switch
        {
            "organizations" => await OrganizationsAsync(s, facet, skip, pageSize, language, ct),
            "opportunities" => await OpportunitiesAsync(s, facet, skip, pageSize, language, ct),
            "meeting-requests" => await MeetingRequestsAsync(s, facet, skip, pageSize, language, ct),
            "meetings-held" => await MeetingsHeldAsync(s, facet, skip, pageSize, language, ct),
            "follow-ups" => await FollowUpsAsync(s, facet, skip, pageSize, language, ct),
            "introductions" => await IntroductionsAsync(s, facet, skip, pageSize, language, ct),
            "deals" => await DealsAsync(s, facet, skip, pageSize, language, ct),
            "projects" => await ProjectsAsync(s, facet, skip, pageSize, language, ct),
            _ => await CommitmentsAsync(s, facet, skip, pageSize, language, ct),
        };
        return Outcome.Success(new RecordPage(kind, facet, result.Total, page, pageSize, result.Rows));
    }

    static string Name(string? ko, string? zh, string? en, string language) =>
        new Language.LocalizedText(ko, zh, en).GetWithFallback(language).Text ?? "";

    static async Task<(long Total, List<RecordRow> Rows)> OrganizationsAsync(DashboardScope s, string? facet, int skip, int pageSize, string language,
        CancellationToken ct)
    {
        var q = s.Organizations();
        if (facet?.StartsWith("cluster:", StringComparison.Ordinal) == true)
        {
            var cluster = facet[8..];
            q = q.Where(o => o.ClusterId == cluster);
        }
        else if (facet?.StartsWith("sector:", StringComparison.Ordinal) == true)
        {
            var code = facet[7..];
            q = q.Where(o => o.Sectors.Any(x => x.ConceptCode == code));
        }
        // Both clusters' operators read these records: a city whose contact group is private is left out (field visibility).
        var rows = await q.OrderBy(o => o.Id).Skip(skip).Take(pageSize)
            .Select(o => new
            {
                o.ExternalId, o.NameKo, o.NameZh, o.NameEn, o.ClusterId,
                City = o.ContactVisibility != Shared.Visibility.Private ? o.City : null, o.IsSample,
            }).ToListAsync(ct);
        return (await q.LongCountAsync(ct), rows.Select(o => new RecordRow(Name(o.NameKo, o.NameZh, o.NameEn, language), null,
            o.City is null ? o.ClusterId : $"{o.ClusterId} · {o.City}",
            "/organizations/" + Uri.EscapeDataString(o.ExternalId), o.IsSample)).ToList());
    }

    static async Task<(long Total, List<RecordRow> Rows)> OpportunitiesAsync(DashboardScope s, string? facet, int skip, int pageSize, string language,
        CancellationToken ct)
    {
        var q = s.Opportunities();
        var rows = await q.OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Id).Skip(skip).Take(pageSize)
            .Select(o => new { o.Id, o.Title, o.CreatedAt, o.Kind, o.Organization!.NameEn, o.Organization.NameKo, o.Organization.NameZh, o.IsSample }).ToListAsync(ct);
        return (await q.LongCountAsync(ct), rows.Select(o => new RecordRow(o.Title, $"{o.CreatedAt:yyyy-MM-dd}",
            Name(o.NameKo, o.NameZh, o.NameEn, language), $"/opportunities/{o.Id}", o.IsSample)).ToList());
    }

    static async Task<(long Total, List<RecordRow> Rows)> MeetingRequestsAsync(DashboardScope s, string? facet, int skip, int pageSize, string language,
        CancellationToken ct)
    {
        var q = s.MeetingRequests();
        var rows = await q.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).Skip(skip).Take(pageSize)
            .Select(r => new { r.Id, r.CreatedAt, r.Status, From = r.FromDelegate!.DisplayName, To = r.ToDelegate!.DisplayName }).ToListAsync(ct);
        return (await s.CountAsync(ActivityMeasure.MeetingRequests, ct), rows.Select(r => new RecordRow($"{r.From} → {r.To}", $"{r.CreatedAt:yyyy-MM-dd}",
            r.Status.ToString().ToLowerInvariant(), null, false)).ToList());
    }

    static async Task<(long Total, List<RecordRow> Rows)> MeetingsHeldAsync(DashboardScope s, string? facet, int skip, int pageSize, string language,
        CancellationToken ct)
    {
        var q = s.MeetingsHeld();
        var rows = await q.OrderByDescending(m => m.Slot!.Day).ThenBy(m => m.Id).Skip(skip).Take(pageSize)
            .Select(m => new { m.Id, m.Slot!.Day, m.Slot.Start, From = m.Request!.FromDelegate!.DisplayName, To = m.Request.ToDelegate!.DisplayName }).ToListAsync(ct);
        return (await s.CountAsync(ActivityMeasure.MeetingsHeld, ct), rows.Select(m => new RecordRow($"{m.From} ↔ {m.To}", $"{m.Day:yyyy-MM-dd} {m.Start:HH\\:mm}",
            $"#{m.Id}", null, false)).ToList());
    }

    static async Task<(long Total, List<RecordRow> Rows)> FollowUpsAsync(DashboardScope s, string? facet, int skip, int pageSize, string language,
        CancellationToken ct)
    {
        var q = s.FollowUps();
        var rows = await q.OrderByDescending(f => f.SubmittedAt).ThenBy(f => f.Id).Skip(skip).Take(pageSize)
            .Join(s.Delegates(), f => f.DelegateId, d => d.Id, (f, d) => new { f.MeetingId, f.SubmittedAt, f.Happened, f.NextStepInterest, f.OutcomeType, d.DisplayName })
            .ToListAsync(ct);
        return (await s.CountAsync(ActivityMeasure.FollowUps, ct), rows.Select(f => new RecordRow(f.DisplayName, $"{f.SubmittedAt:yyyy-MM-dd}",
            $"#{f.MeetingId} · {(f.Happened ? "held" : "not held")} · next steps: {f.NextStepInterest} · {f.OutcomeType}", null, false)).ToList());
    }

    static async Task<(long Total, List<RecordRow> Rows)> IntroductionsAsync(DashboardScope s, string? facet, int skip, int pageSize, string language,
        CancellationToken ct)
    {
        var q = s.Introductions();
        var rows = await q.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id).Skip(skip).Take(pageSize)
            .Select(i => new { i.CreatedAt, i.FromClusterId, i.ToClusterId, i.Status, i.Organization!.ExternalId, i.Organization.NameKo, i.Organization.NameZh, i.Organization.NameEn, i.IsSample })
            .ToListAsync(ct);
        return (await q.LongCountAsync(ct), rows.Select(i => new RecordRow(Name(i.NameKo, i.NameZh, i.NameEn, language), $"{i.CreatedAt:yyyy-MM-dd}",
            $"{i.FromClusterId} → {i.ToClusterId} · {i.Status.ToString().ToLowerInvariant()}", "/organizations/" + Uri.EscapeDataString(i.ExternalId), i.IsSample)).ToList());
    }

    static async Task<(long Total, List<RecordRow> Rows)> DealsAsync(DashboardScope s, string? facet, int skip, int pageSize, string language,
        CancellationToken ct)
    {
        var q = s.Deals();
        if (CooperationCodes.Parse<DealKind>(facet) is { } dealKind)
            q = q.Where(d => d.Kind == dealKind);
        var rows = await q.OrderByDescending(d => d.ClosedOn).ThenBy(d => d.Id).Skip(skip).Take(pageSize)
            .Select(d => new { d.Id, d.Title, d.ClosedOn, d.Kind, d.Amount, d.Currency, d.ValueUsdCents, d.IsSample }).ToListAsync(ct);
        return (await q.LongCountAsync(ct), rows.Select(d => new RecordRow(d.Title, $"{d.ClosedOn:yyyy-MM-dd}",
            $"{CooperationCodes.Code(d.Kind)} · {d.Amount:N0} {d.Currency} (USD {d.ValueUsdCents / 100m:N0})", $"/cooperation/deals/{d.Id}", d.IsSample)).ToList());
    }

    static async Task<(long Total, List<RecordRow> Rows)> ProjectsAsync(DashboardScope s, string? facet, int skip, int pageSize, string language,
        CancellationToken ct)
    {
        var q = s.Projects();
        if (CooperationCodes.Parse<ProjectStatus>(facet) is { } status)
            q = q.Where(p => p.Status == status);
        var rows = await q.OrderByDescending(p => p.StartedOn).ThenBy(p => p.Id).Skip(skip).Take(pageSize)
            .Select(p => new { p.Id, p.Title, p.StartedOn, p.Status, p.Kind, p.IsSample }).ToListAsync(ct);
        return (await q.LongCountAsync(ct), rows.Select(p => new RecordRow(p.Title, $"{p.StartedOn:yyyy-MM-dd}",
            $"{CooperationCodes.Code(p.Kind)} · {CooperationCodes.Code(p.Status)}", $"/cooperation/projects/{p.Id}", p.IsSample)).ToList());
    }

    static async Task<(long Total, List<RecordRow> Rows)> CommitmentsAsync(DashboardScope s, string? facet, int skip, int pageSize, string language,
        CancellationToken ct)
    {
        var q = facet == "on-time" ? s.CommitmentsOnTime() : s.Commitments();
        var rows = await q.OrderBy(c => c.DueOn).ThenBy(c => c.Id).Skip(skip).Take(pageSize).ToListAsync(ct);
        return (await q.LongCountAsync(ct), rows.Select(c => new RecordRow(c.Title, $"{c.DueOn:yyyy-MM-dd}",
            $"{c.Owner} · {CooperationCodes.Code(c.StatusOn(s.Today))}", null, c.IsSample)).ToList());
    }
}
