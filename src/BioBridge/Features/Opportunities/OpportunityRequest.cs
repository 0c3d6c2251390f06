namespace BioBridge.Features.Opportunities;

/// <summary>A post or an edit: Title and Body in Language (guessed from the script when absent), more languages in Translations.</summary>
public sealed record OpportunityRequest(string Kind, string Title, string Body, List<string>? Concepts, DateOnly? Deadline, string? TargetCluster,
    Visibility? Visibility = null, string? Language = null, List<TranslationInput>? Translations = null)
{
    public OpportunityInput? ToInput() => OpportunityQueries.ParseKind(Kind) is { } kind
        ? new OpportunityInput(kind, Title, Body, Concepts, Deadline, TargetCluster, Visibility ?? Shared.Visibility.Public, Language, Translations)
        : null;
}
