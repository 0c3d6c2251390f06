namespace BioBridge.Features.Opportunities;

public sealed record InterestRequest(string Message);
