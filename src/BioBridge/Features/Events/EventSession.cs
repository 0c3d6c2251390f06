using BioBridge.Language;

namespace BioBridge.Features.Events;

public sealed class EventSession
{
    /// <summary>Its TranslationJob.Subject: its title is translated by the queue while its event is published.</summary>
    public const string TranslationSubject = "session";

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

    /// <summary>How each language of the title came about (TranslationStates); absent: all written by the organizer.</summary>
    public string? TextStates { get; set; }

    public LocalizedText Title => new(TitleKo, TitleZh, TitleEn);
    public TranslatedText TitleVersions => ColumnTexts.Versions(TextStates, "title", Title);

    /// <summary>The title without its machine drafts: what the organizer wrote.</summary>
    public LocalizedText WrittenTitle => TitleVersions.Written().Text;

    public ColumnTexts Texts() => new ColumnTexts(TextStates, s => TextStates = s)
        .With("title", Title, (l, t) => _ = l switch { "ko" => TitleKo = t, "zh" => TitleZh = t, _ => TitleEn = t }, FieldLengths.Name);
}
