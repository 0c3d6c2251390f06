using BioBridge.Language;

namespace BioBridge.Features.Events;

public sealed class EventSession
{
    public int Id { get; private set; }
    public int EventId { get; set; }
    public SessionKind Kind { get; set; }
    public string? TitleKo { get; set; }
    public string? TitleZh { get; set; }
    public string? TitleEn { get; set; }
    public DateOnly Day { get; set; }
    public TimeOnly Starts { get; set; }
    public TimeOnly Ends { get; set; }
    public string? Room { get; set; }

    public LocalizedText Title => new(TitleKo, TitleZh, TitleEn);
}
