namespace BioBridge.Features.Reviews;

/// <summary>The rules of a call that need no database: who may apply, and until when.</summary>
public static class CallRules
{
    /// <summary>
    /// Checks the applicant and partners against the call: an award nomination is one organization of an eligible cluster
    /// (no eligible clusters: any); a joint R&amp;D proposal is a consortium with at least one organization of every
    /// required cluster. Returns one message per broken rule, empty when eligible.
    /// </summary>
    public static IReadOnlyList<string> Eligibility(CallKind kind, IReadOnlyCollection<string> eligibleClusters, IReadOnlyCollection<string> requiredClusters,
        Applicant lead, IReadOnlyCollection<Applicant> partners)
    {
        var problems = new List<string>();
        if (partners.Any(p => p.OrganizationId == lead.OrganizationId) || partners.DistinctBy(p => p.OrganizationId).Count() != partners.Count)
            problems.Add(ReviewText.Say("An organization appears twice in the consortium."));
        if (kind == CallKind.Award)
        {
            if (partners.Count > 0)
                problems.Add(ReviewText.Say("An award nomination is for one organization; remove the partners."));
            if (eligibleClusters.Count > 0 && !eligibleClusters.Contains(lead.ClusterId))
                problems.Add(ReviewText.Say($"{lead.Name} belongs to cluster '{lead.ClusterId}'; this call is open to {string.Join(", ", eligibleClusters)} only."));
            return problems;
        }
        var members = partners.Prepend(lead).ToList();
        if (eligibleClusters.Count > 0)
            foreach (var outsider in members.Where(m => !eligibleClusters.Contains(m.ClusterId)))
                problems.Add(ReviewText.Say($"{outsider.Name} belongs to cluster '{outsider.ClusterId}'; this call is open to {string.Join(", ", eligibleClusters)} only."));
        var missing = requiredClusters.Where(c => members.All(m => m.ClusterId != c)).ToList();
        if (missing.Count > 0)
            problems.Add(ReviewText.Say($"A joint R&D consortium needs at least one organization from each of {string.Join(", ", requiredClusters)}; none is from {string.Join(", ", missing)}."));
        return problems;
    }

    /// <summary>
    /// The UTC instant of a deadline given as a local date and time in an IANA zone. A local time that does not exist
    /// (skipped by a daylight-saving change) is an error; one that occurs twice means its later occurrence, the generous reading.
    /// </summary>
    public static (DateTime? Utc, string? Error) DeadlineUtc(DateTime local, string timeZone)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone))
            return (null, $"'{timeZone}' is not a known IANA time zone (e.g. Asia/Seoul, Asia/Shanghai).");
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
            return (null, $"{unspecified:yyyy-MM-dd HH:mm:ss} does not exist in {timeZone} (the clocks skip it); choose another time.");
        var offset = zone.IsAmbiguousTime(unspecified) ? zone.GetAmbiguousTimeOffsets(unspecified).Min() : zone.GetUtcOffset(unspecified);
        return (DateTime.SpecifyKind(unspecified - offset, DateTimeKind.Utc), null);
    }

    /// <summary>The deadline as people of the call read it: local time in the call's zone with its UTC offset.</summary>
    public static string ShowDeadline(DateTime deadlineUtc, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(deadlineUtc, DateTimeKind.Utc), zone);
        var offset = zone.GetUtcOffset(local);
        return $"{local:yyyy-MM-dd HH:mm:ss} {timeZone} (UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm})";
    }

    /// <summary>Open until the deadline second itself: a submission at 23:59:59 of the deadline counts, one second later does not.</summary>
    public static bool IsOpen(DateTime deadlineUtc, DateTimeOffset now) => now.UtcDateTime <= deadlineUtc;

    public static string LateMessage(DateTime deadlineUtc, string timeZone) =>
        ReviewText.Say($"The deadline of this call was {ShowDeadline(deadlineUtc, timeZone)}; submissions after it are refused.");
}
