using BioBridge.Features.Directory;

namespace BioBridge.Features.Opportunities;

/// <summary>An opportunity in the reader's language: TextLanguage is the version shown (a fallback when the reader's is missing), TextState its state.</summary>
public sealed record OpportunityItem(int Id, string Kind, string Title, string Body, IReadOnlyList<ConceptDto> Concepts,
    DateOnly? Deadline, string? TargetCluster, string Status, string OrganizationExternalId, string OrganizationName, string Cluster,
    DateTime CreatedAt, bool IsSample, string TextLanguage, TranslationState TextState, Visibility Visibility, bool Approved);
