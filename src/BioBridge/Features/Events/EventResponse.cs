using BioBridge.Features.Directory;

namespace BioBridge.Features.Events;

public sealed record EventResponse(string Slug, LocalizedDto Name, LocalizedDto Description, string? Venue, string? City,
    string TimeZone, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<SessionResponse> Sessions, TranslatedText NameVersions,
    TranslatedText DescriptionVersions);
