using BioBridge.Language;

namespace BioBridge.Features.Events;

/// <summary>A partnering event such as Seoul Smart Life Week, with its agenda.</summary>
public sealed class Event
{
    public int Id { get; private set; }
    public required string Slug { get; init; }
    public string? NameKo { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public string? DescriptionKo { get; set; }
    public string? DescriptionZh { get; set; }
    public string? DescriptionEn { get; set; }
    public string? Venue { get; set; }
    public string? City { get; set; }
    /// <summary>IANA zone of the venue; Seoul and Chongqing differ by one hour.</summary>
    public required string TimeZone { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public bool IsPublished { get; set; } = true;
    /// <summary>The cluster whose operators run the event; null for a joint event that both clusters' operators run.</summary>
    public string? HostClusterId { get; set; }
    public List<EventSession> Sessions { get; set; } = [];
    public SchedulingMode SchedulingMode { get; set; }
    /// <summary>The block of slots <see cref="MaxMeetingsPerSession"/> counts in.</summary>
    public CapSession CapSession { get; set; }
    /// <summary>Most meetings of one delegate per session (half-day or day); null: no such cap.</summary>
    public int? MaxMeetingsPerSession { get; set; }

    public LocalizedText Name => new(NameKo, NameZh, NameEn);
    public LocalizedText Description => new(DescriptionKo, DescriptionZh, DescriptionEn);
}
