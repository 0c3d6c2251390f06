namespace BioBridge.Features.Messaging;

/// <summary>Unread: messages of others after the reader's read marker. Link: the page of what the thread is about.</summary>
public sealed record ThreadItem(int Id, string Kind, string Subject, string? EventSlug, int? MeetingRequestId, int? InterestId,
    IReadOnlyList<string> Parties, DateTime LastMessageAt, int Unread, string? Link);
