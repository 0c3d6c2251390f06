using BioBridge.Features.Directory;

namespace BioBridge.Features.Events;

public sealed record SessionResponse(string Kind, LocalizedDto Title, DateOnly Day, TimeOnly Starts, TimeOnly Ends, string? Room, int Id,
    TranslatedText TitleVersions)
{
    public static SessionResponse From(EventSession s) =>
        new(s.Kind.ToString().ToLowerInvariant(), LocalizedDto.From(s.Title), s.Day, s.Starts, s.Ends, s.Room, s.Id, s.TitleVersions);
}
