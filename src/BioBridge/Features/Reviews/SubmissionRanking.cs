namespace BioBridge.Features.Reviews;

/// <summary>
/// Ranks the submissions of a call from their submitted reviews, correcting each reviewer's bias: a strict and a lenient
/// reviewer who order the same submissions alike contribute the same. Pure: no database.
/// </summary>
/// <remarks>
/// For every reviewer and criterion: z = (x − μ) / σ over the submissions that reviewer scored (σ the population standard
/// deviation). A reviewer who gave one score only, or the same score to all, tells nothing about order on that criterion:
/// z = 0. A submission's normalized score is Σ_c w_c · mean over its reviewers of z, with w normalized to sum 1.
/// </remarks>
public static class SubmissionRanking
{
    public const double DefaultSpreadThreshold = 0.3;

    public static IReadOnlyList<RankedSubmission> Rank(IReadOnlyList<RankingCriterion> criteria, IReadOnlyList<RankingReview> reviews,
        double spreadThreshold = DefaultSpreadThreshold)
    {
        if (criteria.Count == 0 || reviews.Count == 0)
            return [];
        var totalWeight = criteria.Sum(c => c.Weight);
        var weights = criteria.ToDictionary(c => c.Id, c => c.Weight / totalWeight);

        // μ and σ per (reviewer, criterion).
        var stats = new Dictionary<(string, int), (double Mean, double Sd)>();
        foreach (var byReviewer in reviews.GroupBy(r => r.ReviewerId))
            foreach (var c in criteria)
            {
                var values = byReviewer.Where(r => r.Scores.ContainsKey(c.Id)).Select(r => (double)r.Scores[c.Id]).ToList();
                if (values.Count == 0)
                    continue;
                var mean = values.Average();
                stats[(byReviewer.Key, c.Id)] = (mean, Math.Sqrt(values.Average(v => (v - mean) * (v - mean))));
            }

        var rows = reviews.GroupBy(r => r.SubmissionId).Select(group =>
        {
            var normalized = criteria.Sum(c =>
            {
                var z = group.Where(r => r.Scores.ContainsKey(c.Id)).Select(r =>
                {
                    var (mean, sd) = stats[(r.ReviewerId, c.Id)];
                    return sd == 0 ? 0 : (r.Scores[c.Id] - mean) / sd;
                }).DefaultIfEmpty(0).Average();
                return weights[c.Id] * z;
            });
            var raws = group.Select(r => RawScore(criteria, weights, r)).ToList();
            var spread = raws.Max() - raws.Min();
            return (Id: group.Key, Normalized: normalized, Raw: raws.Average(), Spread: spread, Flagged: spread > spreadThreshold, Reviews: raws.Count);
        }).OrderByDescending(r => r.Normalized).ThenByDescending(r => r.Raw).ThenBy(r => r.Id).ToList();

        return rows.Select((r, i) => new RankedSubmission(r.Id, i + 1, r.Normalized, r.Raw, r.Spread, r.Flagged, r.Reviews)).ToList();
    }

    /// <summary>One review's weighted score, each criterion mapped from its scale to 0..1.</summary>
    static double RawScore(IReadOnlyList<RankingCriterion> criteria, IReadOnlyDictionary<int, double> weights, RankingReview review) =>
        criteria.Where(c => review.Scores.ContainsKey(c.Id))
            .Sum(c => weights[c.Id] * (review.Scores[c.Id] - c.ScaleMin) / Math.Max(1, c.ScaleMax - c.ScaleMin));
}
