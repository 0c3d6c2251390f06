namespace BioBridge.Features.Publishing;

public sealed record QueueItem(int Id, RevisionKind Kind, string OrganizationExternalId, string OrganizationName, int? OpportunityId,
    DateTime SubmittedAt, ProfileContent? PublishedProfile, ProfileContent? ProposedProfile,
    OpportunityContent? PublishedOpportunity, OpportunityContent? ProposedOpportunity, IReadOnlyList<ChecklistItem> Checklist);
