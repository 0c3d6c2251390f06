namespace BioBridge.Features.Messaging;

/// <summary>The answer to a message written in a thread.</summary>
public sealed record PostedMessage(int? Id, int ThreadId);
