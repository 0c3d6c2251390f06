namespace BioBridge.Features.Publishing;

public sealed record RejectRequest(string? Comment);
