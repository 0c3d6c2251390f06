namespace BioBridge.Features.Partnering;

public sealed record NotificationItem(int Id, string Kind, string Text, string? About, DateTime CreatedAt, bool Read);
