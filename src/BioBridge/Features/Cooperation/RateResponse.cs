namespace BioBridge.Features.Cooperation;

public sealed record RateResponse(string Currency, DateOnly ValidFrom, decimal UnitsPerUsd);
