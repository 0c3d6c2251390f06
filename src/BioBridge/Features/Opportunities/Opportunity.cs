using BioBridge.Features.Directory;

namespace BioBridge.Features.Opportunities;

/// <summary>An organization's published offer or request; others express interest and the owner answers.</summary>
public sealed class Opportunity
{
    /// <summary>Shown whole on cards and in lists, so shorter than a document's title.</summary>
    public const int MaxTitleLength = 200;
    /// <summary>Its TranslationJob.Subject: an approved public post is translated by the queue while its organization is published.</summary>
    public const string TranslationSubject = "opportunity";

    public int Id { get; private set; }
    public int OrganizationId { get; set; }
    public OpportunityKind Kind { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    /// <summary>Taxonomy concepts: given by the author, or inferred from title and text.</summary>
    public List<string> Concepts { get; set; } = [];
    public DateOnly? Deadline { get; set; }
    /// <summary>The cluster whose members the post addresses; null for everyone.</summary>
    public string? TargetClusterId { get; set; }
    public OpportunityStatus Status { get; set; }
    public bool IsSample { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedByUserId { get; set; }
    public Visibility Visibility { get; set; }
    /// <summary>When an operator of the organization's cluster approved it; until then only the organization sees it.</summary>
    public DateTime? ApprovedAt { get; set; }
    /// <summary>The language of Title and Body ("ko", "zh" or "en"), the author's original.</summary>
    public string? Language { get; set; }
    /// <summary>Title and text in the other languages, each drafted by machine or written and verified by the organization.</summary>
    public List<OpportunityTranslation> Translations { get; set; } = [];

    public Organization? Organization { get; private set; }
    public List<ExpressionOfInterest> Interests { get; private set; } = [];

    public bool AcceptsInterest(DateOnly today) => Status == OpportunityStatus.Open && (Deadline is null || Deadline >= today);

    public TranslatedText TitleVersions => Versions(t => t.Title, Title);
    public TranslatedText BodyVersions => Versions(t => t.Body, Body);

    TranslatedText Versions(Func<OpportunityTranslation, string> text, string original)
    {
        var versions = TranslatedText.Empty.With(Language ?? "en", new TextVersion(original, TranslationState.Original));
        foreach (var t in Translations.Where(t => t.Language != (Language ?? "en")))
            versions = versions.With(t.Language, new TextVersion(text(t), t.State));
        return versions;
    }
}
