namespace BioBridge.Features.Messaging;

public sealed record BroadcastInput(string? Subject, string? Body);
