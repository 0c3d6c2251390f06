namespace BioBridge.Features.Partnering;

/// <summary>A stop of a delegation's itinerary, in the event's local time and as instants.</summary>
public sealed record ItineraryEntry(int Id, DateOnly Day, TimeOnly Starts, TimeOnly Ends, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string Title, string? Place, string? OrganizationExternalId, string? OrganizationName, int? SessionId);
