namespace BioBridge.Features.Accounts;

public sealed record ConsentItem(string Kind, string Version, bool Given, DateTime At);
