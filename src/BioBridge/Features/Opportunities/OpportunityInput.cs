namespace BioBridge.Features.Opportunities;

public sealed record OpportunityInput(
    OpportunityKind Kind, string? Title, string? Body, IReadOnlyList<string>? Concepts, DateOnly? Deadline, string? TargetCluster,
    Visibility Visibility = Visibility.Public, string? Language = null, IReadOnlyList<TranslationInput>? Translations = null);
