namespace BioBridge.Language;

public static class DiscoveryQuality
{
    /// <summary>Recall@5 and MRR (first relevant within the top 10) for search; hit@5 for recommendations.</summary>
    public static QualityReport Evaluate(QualitySet set, Taxonomy taxonomy)
    {
        var index = new DirectoryIndex(taxonomy);
        index.UpsertMany(set.Organizations.Select(o => o.ToDocument()));
        var languageOf = set.Organizations.ToDictionary(o => o.Id, o => o.Language);
        var misses = new List<string>();

        var perQuery = new List<(string Pair, double Recall, double Reciprocal)>();
        var nonsense = 0;
        var nothing = 0;
        foreach (var search in set.Searches)
        {
            var ranked = index.Search(new SearchQuery { Text = search.Query, Take = 10 }).Hits.Select(h => h.ExternalId).ToList();
            if (search.Relevant.Count == 0)
            {
                nonsense++;
                if (ranked.Count == 0)
                    nothing++;
                else
                    misses.Add($"search '{search.Query}' should return nothing; top 5 {string.Join(", ", ranked.Take(5))}");
                continue;
            }
            var recall = search.Relevant.Count(r => ranked.Take(5).Contains(r)) / (double)Math.Max(1, search.Relevant.Count);
            var first = ranked.FindIndex(search.Relevant.Contains);
            var pair = $"{search.QueryLanguage}->{string.Join("+", search.Relevant.Select(r => languageOf.GetValueOrDefault(r, "?")).Distinct().Order())}";
            perQuery.Add((pair, recall, first < 0 ? 0 : 1.0 / (first + 1)));
            if (recall < 1)
                misses.Add($"search '{search.Query}' ({pair}): expected {string.Join(", ", search.Relevant)}; top 5 {string.Join(", ", ranked.Take(5))}");
        }

        var hits = 0;
        foreach (var expectation in set.Recommendations)
        {
            var suggested = index.Recommend(expectation.Organization, 5)?.Select(r => r.ExternalId).ToList() ?? [];
            if (expectation.Expected.Any(suggested.Contains))
                hits++;
            else
                misses.Add($"recommend {expectation.Organization}: expected one of {string.Join(", ", expectation.Expected)}; top 5 {string.Join(", ", suggested)}");
        }

        return new QualityReport(
            perQuery.Count, Mean(perQuery.Select(q => q.Recall)), Mean(perQuery.Select(q => q.Reciprocal)),
            set.Recommendations.Count, set.Recommendations.Count == 0 ? 0 : hits / (double)set.Recommendations.Count,
            perQuery.GroupBy(q => q.Pair).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new LanguagePairScore(g.Key, g.Count(), Mean(g.Select(q => q.Recall)), Mean(g.Select(q => q.Reciprocal)))).ToList(),
            nonsense, nothing, misses);
    }

    static double Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : list.Average();
    }
}
