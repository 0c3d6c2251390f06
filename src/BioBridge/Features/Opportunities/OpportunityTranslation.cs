namespace BioBridge.Features.Opportunities;

/// <summary>An opportunity's title and text in one more language.</summary>
public sealed class OpportunityTranslation
{
    public required string Language { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public TranslationState State { get; set; }
}
