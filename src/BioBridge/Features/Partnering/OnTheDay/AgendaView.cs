using BioBridge.Features.Directory;
using BioBridge.Features.Events;

namespace BioBridge.Features.Partnering;

/// <summary>A delegate's agenda: meetings, the event's sessions (SpeaksAt: those they speak at), and their delegation's itinerary.</summary>
public sealed record AgendaView(string EventSlug, LocalizedDto EventName, string TimeZone, string? Venue, string? City, DelegateItem Delegate,
    string CalendarToken, IReadOnlyList<AgendaMeeting> Meetings, IReadOnlyList<SessionResponse> Sessions, IReadOnlyList<int> SpeaksAt,
    int? DelegationId, LocalizedDto? DelegationName, IReadOnlyList<ItineraryEntry> Itinerary);
