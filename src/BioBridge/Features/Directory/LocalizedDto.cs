using BioBridge.Language;

namespace BioBridge.Features.Directory;

public sealed record LocalizedDto(string? Ko, string? Zh, string? En)
{
    public static LocalizedDto From(LocalizedText text) => new(text.Ko, text.Zh, text.En);
}
