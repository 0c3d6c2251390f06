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
