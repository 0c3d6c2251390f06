namespace BioBridge.Language.Tests;

public class DiscoveryQualityTests
{
    static string QualitySetPath(string file = "discovery-quality.json")
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "quality", file);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException($"tests/quality/{file} not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void The_repository_quality_set_meets_the_search_and_recommendation_targets()
    {
        var set = QualitySet.Parse(File.ReadAllText(QualitySetPath()));
        set.Searches.Count.ShouldBeGreaterThanOrEqualTo(40);
        var report = DiscoveryQuality.Evaluate(set, Taxonomy.Default);
        var detail = string.Join("\n", report.Misses);
        report.SearchRecallAt5.ShouldBeGreaterThanOrEqualTo(0.9, detail);
        report.SearchMrr.ShouldBeGreaterThanOrEqualTo(0.8, detail);
        report.RecommendationHitAt5.ShouldBeGreaterThanOrEqualTo(0.85, detail);
        report.ByLanguagePair.Select(p => p.Pair.Split("->")[0]).Distinct().Count().ShouldBe(3);
    }

    /// <summary>
    /// The held-out bridge set (fields the taxonomy covers thinly). The targets (Recall@5 0.9, MRR 0.8, hit@5 0.85)
    /// are not reached yet: these are the floors achieved (docs/benchmarks.md), so nothing falls below them.
    /// </summary>
    [Fact]
    public void The_bridge_development_set_keeps_its_achieved_floor_and_nonsense_returns_nothing()
    {
        var report = DiscoveryQuality.Evaluate(QualitySet.Parse(File.ReadAllText(QualitySetPath("discovery-bridge.json"))), Taxonomy.Default);
        var detail = string.Join("\n", report.Misses);
        report.SearchRecallAt5.ShouldBeGreaterThanOrEqualTo(0.5, detail);
        report.SearchMrr.ShouldBeGreaterThanOrEqualTo(0.5, detail);
        report.RecommendationHitAt5.ShouldBeGreaterThanOrEqualTo(0.7, detail);
        report.NonsenseSearches.ShouldBeGreaterThan(0);
        report.NonsenseReturningNothing.ShouldBe(report.NonsenseSearches, detail);
    }
}
