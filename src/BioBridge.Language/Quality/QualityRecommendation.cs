namespace BioBridge.Language;

public sealed record QualityRecommendation(string Organization, IReadOnlyList<string> Expected);
