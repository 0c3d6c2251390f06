using System.Text.Json;

namespace BioBridge.Language;

/// <summary>
/// A discovery quality set (tests/quality/discovery-quality.json, discovery-bridge.json): organizations each written
/// in one language, searches typed in others, and the partners a good recommender should suggest. A search with no
/// relevant organization is nonsense or off-topic: it must return nothing.
/// </summary>
public sealed record QualitySet(
    IReadOnlyList<QualityOrganization> Organizations,
    IReadOnlyList<QualitySearch> Searches,
    IReadOnlyList<QualityRecommendation> Recommendations)
{
    public static QualitySet Parse(string json) =>
        JsonSerializer.Deserialize<QualitySet>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))
        ?? throw new FormatException("quality set: empty document");
}

public sealed record QualityOrganization(string Id, string Cluster, string Kind, string? Group, string Language,
    string Name, string? Description, IReadOnlyList<string>? Offers, IReadOnlyList<string>? Needs, IReadOnlyList<string>? ExportRegions)
{
    public OrganizationDocument ToDocument()
    {
        LocalizedText In(string? text) => Language switch
        {
            "ko" => new LocalizedText(text, null, null),
            "zh" => new LocalizedText(null, text, null),
            _ => new LocalizedText(null, null, text),
        };
        return new OrganizationDocument(Id, Cluster, Kind, In(Name), In(Description), Offers ?? [], Needs ?? [], [],
            ExportRegions ?? [], Group);
    }
}

public sealed record QualitySearch(string Query, string QueryLanguage, IReadOnlyList<string> Relevant);

public sealed record QualityRecommendation(string Organization, IReadOnlyList<string> Expected);

public sealed record LanguagePairScore(string Pair, int Queries, double RecallAt5, double Mrr);

public sealed record QualityReport(
    int Searches, double SearchRecallAt5, double SearchMrr,
    int Recommendations, double RecommendationHitAt5,
    IReadOnlyList<LanguagePairScore> ByLanguagePair,
    int NonsenseSearches, int NonsenseReturningNothing,
    IReadOnlyList<string> Misses);

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
