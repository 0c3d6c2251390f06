namespace BioBridge.Features.Accounts;

public sealed record CodeRequest(string? Code);
