using BioBridge.Features.Directory;

namespace BioBridge.Features.Partnering;

public sealed record DelegationItem(int Id, LocalizedDto Name, string? Cluster, IReadOnlyList<DelegateItem> Members, IReadOnlyList<ItineraryEntry> Itinerary);
