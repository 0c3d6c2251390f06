namespace BioBridge.Features.Partnering;

public sealed record LocationInput(string Code, string Kind, string? Url);
