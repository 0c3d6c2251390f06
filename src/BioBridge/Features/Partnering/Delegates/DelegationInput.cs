namespace BioBridge.Features.Partnering;

public sealed record DelegationInput(string? NameKo, string? NameZh, string? NameEn, string? Cluster, IReadOnlyList<int>? Members,
    IReadOnlyList<ItineraryInput>? Itinerary);
