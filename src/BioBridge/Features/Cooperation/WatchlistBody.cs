namespace BioBridge.Features.Cooperation;

public sealed record WatchlistBody(string? Organization, string? Stage, string? Owner, string? Notes);
