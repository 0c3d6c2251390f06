using BioBridge.Language;

namespace BioBridge.Features.Partnering;

/// <summary>
/// A group of delegates travelling together, such as the Liangjiang delegation to Seoul, with its itinerary of visits
/// and sessions. A member's agenda shows the itinerary, and its items block the meeting slots they overlap.
/// </summary>
public sealed class Delegation
{
    public int Id { get; private set; }
    public int EventId { get; set; }
    public string? NameKo { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    /// <summary>The cluster the delegation comes from.</summary>
    public string? ClusterId { get; set; }
    public List<ItineraryItem> Itinerary { get; private set; } = [];

    public LocalizedText Name => new(NameKo, NameZh, NameEn);
}
