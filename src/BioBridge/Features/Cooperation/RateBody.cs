namespace BioBridge.Features.Cooperation;

public sealed record RateBody(string? Currency, DateOnly? ValidFrom, decimal? UnitsPerUsd);
