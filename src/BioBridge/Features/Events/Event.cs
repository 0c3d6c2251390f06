using BioBridge.Language;

namespace BioBridge.Features.Events;

/// <summary>A partnering event such as Seoul Smart Life Week, with its agenda.</summary>
public sealed class Event
{
    /// <summary>Its TranslationJob.Subject: its name and description are translated by the queue while it is published.</summary>
    public const string TranslationSubject = "event";

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

    /// <summary>How each language of the name and description came about (TranslationStates); absent: all written by the organizer.</summary>
    public string? TextStates { get; set; }

    public LocalizedText Name => new(NameKo, NameZh, NameEn);
    public LocalizedText Description => new(DescriptionKo, DescriptionZh, DescriptionEn);
    public TranslatedText NameVersions => ColumnTexts.Versions(TextStates, "name", Name);
    public TranslatedText DescriptionVersions => ColumnTexts.Versions(TextStates, "description", Description);

    public ColumnTexts Texts() => new ColumnTexts(TextStates, s => TextStates = s)
        .With("name", Name, (l, t) => _ = l switch { "ko" => NameKo = t, "zh" => NameZh = t, _ => NameEn = t })
        .With("description", Description, (l, t) => _ = l switch { "ko" => DescriptionKo = t, "zh" => DescriptionZh = t, _ => DescriptionEn = t });
}
