namespace BioBridge.Language.Tests;

public class DiscoveryQualityTests
{
    static string QualitySetPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "quality", "discovery-quality.json");
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException("tests/quality/discovery-quality.json not found above " + AppContext.BaseDirectory);
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
}
