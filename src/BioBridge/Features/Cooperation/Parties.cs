using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>The organizations a deal or project names, by external id, with the clusters they belong to.</summary>
static class Parties
{
    public static async Task<List<(int Id, string ClusterId)>> ResolveAsync(AppDb db, IReadOnlyList<string>? externalIds, int minimum,
        Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var wanted = (externalIds ?? []).Select(e => e.Trim()).Where(e => e.Length > 0).Distinct().ToList();
        if (wanted.Count < minimum)
        {
            errors["parties"] = [CooperationText.Say($"Name at least {minimum} different organizations (external ids).")];
            return [];
        }
        var found = await db.Organizations.Where(o => wanted.Contains(o.ExternalId)).Select(o => new { o.ExternalId, o.Id, o.ClusterId }).ToListAsync(ct);
        var unknown = wanted.Except(found.Select(f => f.ExternalId)).ToList();
        if (unknown.Count > 0)
            errors["parties"] = [CooperationText.Say($"Unknown organizations: {string.Join(", ", unknown)}.")];
        return found.Select(f => (f.Id, f.ClusterId)).ToList();
    }

    /// <summary>Makes a party list name exactly these organizations, keeping the rows that stay (their keys are the pair).</summary>
    public static void Replace<T>(List<T> rows, IEnumerable<int> organizationIds, Func<T, int> organizationOf, Func<int, T> create)
    {
        var wanted = organizationIds.ToHashSet();
        rows.RemoveAll(r => !wanted.Contains(organizationOf(r)));
        rows.AddRange(wanted.Except(rows.Select(organizationOf)).Select(create));
    }
}
