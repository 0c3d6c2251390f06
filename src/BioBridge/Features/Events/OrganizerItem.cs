namespace BioBridge.Features.Events;

public sealed record OrganizerItem(string UserId, string Email, string? DisplayName, DateTime AssignedAt);
