namespace BioBridge.Features.Messaging;

public sealed record UnreadCount(int Total);
