namespace BioBridge.Features.Partnering;

/// <summary>A stop: a visit (title, place, perhaps a directory organization) or one of the event's sessions (SessionId).</summary>
public sealed record ItineraryInput(DateOnly Day, TimeOnly Starts, TimeOnly Ends, string? Title, string? Place, string? OrganizationExternalId,
    int? SessionId);
