namespace BioBridge.Features.Publishing;

public sealed record ApproveRequest(List<string>? Checklist, string? Comment);
