namespace BioBridge.Language;

public sealed record Recommendation(string ExternalId, double Score, IReadOnlyList<RecommendationReason> Reasons);
