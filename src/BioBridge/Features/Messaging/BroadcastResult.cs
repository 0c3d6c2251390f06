namespace BioBridge.Features.Messaging;

public sealed record BroadcastResult(int ThreadId, int Delegates);
