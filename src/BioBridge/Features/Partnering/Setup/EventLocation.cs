namespace BioBridge.Features.Partnering;

/// <summary>Where meetings happen: a numbered table in the partnering lounge, or an online room.</summary>
public sealed class EventLocation
{
    /// <summary>A table or room code printed on badges, e.g. "T09".</summary>
    public const int MaxCodeLength = 40;

    public int Id { get; private set; }
    public int EventId { get; set; }
    /// <summary>What the table sign and the agenda show, such as T01; the location's id in a scheduling instance.</summary>
    public required string Code { get; set; }
    public LocationKind Kind { get; set; }
    /// <summary>For a virtual room: the link participants join.</summary>
    public string? Url { get; set; }

    public string InstanceKind => Kind == LocationKind.Table ? "table" : "virtual";
}
