namespace BioBridge.Features.Publishing;

public sealed record MyProfileResponse(string ExternalId, string Cluster, ProfileContent Published, PendingRevision? Pending,
    RevisionDecision? LastDecision, bool MachineTranslation);
