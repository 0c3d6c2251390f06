namespace BioBridge.Features.Messaging;

/// <summary>CanPost: the reader is a party (organizers read meeting-request threads without taking part).</summary>
public sealed record ThreadView(ThreadItem Thread, bool CanPost, IReadOnlyList<MessageItem> Messages);
