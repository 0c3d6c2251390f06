namespace BioBridge.Features.Operations;

public sealed record BackupOutcome(bool Succeeded, string Message);
