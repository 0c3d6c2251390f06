namespace BioBridge.Features.Partnering;

/// <summary>What the event page shows around the partnering: the agenda's sessions with their speakers, exhibitors, delegations.</summary>
public sealed record ProgramView(IReadOnlyList<SessionItem> Sessions, IReadOnlyList<ExhibitorItem> Exhibitors, IReadOnlyList<DelegationItem> Delegations);
