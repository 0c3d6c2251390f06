using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

public sealed record DelegationItem(int Id, LocalizedDto Name, string? Cluster, IReadOnlyList<DelegateItem> Members, IReadOnlyList<ItineraryEntry> Itinerary);
