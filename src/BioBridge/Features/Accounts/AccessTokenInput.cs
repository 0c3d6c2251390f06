namespace BioBridge.Features.Accounts;

public sealed record AccessTokenInput(string? Name, int? ExpiresInDays);
