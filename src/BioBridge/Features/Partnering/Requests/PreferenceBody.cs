namespace BioBridge.Features.Partnering;

public sealed record PreferenceBody(string? Level);
