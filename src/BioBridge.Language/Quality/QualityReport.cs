namespace BioBridge.Language;

public sealed record QualityReport(
    int Searches, double SearchRecallAt5, double SearchMrr,
    int Recommendations, double RecommendationHitAt5,
    IReadOnlyList<LanguagePairScore> ByLanguagePair,
    int NonsenseSearches, int NonsenseReturningNothing,
    IReadOnlyList<string> Misses);
