using BioBridge.Features.Cooperation;
using BioBridge.Features.Events;
using BioBridge.Language;

namespace BioBridge.Features.Reviews;

/// <summary>
/// An award call or a joint R&amp;D call: texts in three languages, who may apply, a deadline (a UTC instant shown in the
/// call's IANA zone), the scoring rubric, the attachments allowed and how many reviewers read each submission.
/// </summary>
public sealed class Call
{
    public const int MaxTextLength = FieldLengths.DocumentText;
    /// <summary>Its TranslationJob.Subject: its title, text and criteria are translated by the queue while it is published.</summary>
    public const string TranslationSubject = "call";

    public int Id { get; private set; }
    public required string Slug { get; init; }
    public CallKind Kind { get; set; }
    public string? TitleKo { get; set; }
    public string? TitleZh { get; set; }
    public string? TitleEn { get; set; }
    public string? TextKo { get; set; }
    public string? TextZh { get; set; }
    public string? TextEn { get; set; }
    /// <summary>Clusters whose organizations may apply; empty: any.</summary>
    public List<string> EligibleClusterIds { get; set; } = [];
    /// <summary>Joint R&amp;D: clusters each of which must have an organization in the consortium.</summary>
    public List<string> RequiredClusterIds { get; set; } = [];
    public DateTime DeadlineUtc { get; set; }
    /// <summary>IANA zone the deadline is announced in, e.g. Asia/Seoul.</summary>
    public required string TimeZone { get; set; }
    public int ReviewersPerSubmission { get; set; } = 2;
    /// <summary>File extensions accepted as attachments (".pdf"); empty: no attachments.</summary>
    public List<string> AttachmentTypes { get; set; } = [];
    public int MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;
    public int MaxAttachments { get; set; } = 5;
    /// <summary>Reviewers whose weighted scores differ by more than this share of the scale are flagged for discussion.</summary>
    public double SpreadThreshold { get; set; } = SubmissionRanking.DefaultSpreadThreshold;
    public int? EventId { get; set; }
    public int? AgreementId { get; set; }
    public bool IsPublished { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public List<CallCriterion> Criteria { get; set; } = [];

    public Event? Event { get; private set; }
    public Agreement? Agreement { get; private set; }

    /// <summary>How each language of the title and text came about (TranslationStates); absent: all written by the organizer.</summary>
    public string? TextStates { get; set; }

    public LocalizedText Title => new(TitleKo, TitleZh, TitleEn);
    public LocalizedText Text => new(TextKo, TextZh, TextEn);
    public TranslatedText TitleVersions => ColumnTexts.Versions(TextStates, "title", Title);
    public TranslatedText TextVersions => ColumnTexts.Versions(TextStates, "text", Text);

    public ColumnTexts Texts() => new ColumnTexts(TextStates, s => TextStates = s)
        .With("title", Title, (l, t) => _ = l switch { "ko" => TitleKo = t, "zh" => TitleZh = t, _ => TitleEn = t })
        .With("text", Text, (l, t) => _ = l switch { "ko" => TextKo = t, "zh" => TextZh = t, _ => TextEn = t }, MaxTextLength);

    public string DeadlineShown => CallRules.ShowDeadline(DeadlineUtc, TimeZone);

    public IReadOnlyList<RankingCriterion> Rubric => Criteria.OrderBy(c => c.Position).Select(c => c.ToRanking()).ToList();
}
