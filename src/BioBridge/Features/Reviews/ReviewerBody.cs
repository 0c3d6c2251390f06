namespace BioBridge.Features.Reviews;

public sealed record ReviewerBody(string? Email);
