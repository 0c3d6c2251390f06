namespace BioBridge.Features.Accounts;

public sealed record ConsentInput(string? Kind, bool Given);
