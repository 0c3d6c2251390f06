namespace BioBridge.Features.Reviews;

public sealed record ConflictBody(string? Organization, string? Reason);
