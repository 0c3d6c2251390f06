namespace BioBridge.Features.Accounts;

public sealed record DeletionRequest(string? Password);
