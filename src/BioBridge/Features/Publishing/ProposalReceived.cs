namespace BioBridge.Features.Publishing;

/// <summary>A profile proposal taken into the vetting queue: its revision and where it stands.</summary>
public sealed record ProposalReceived(int Id, RevisionStatus Status);
