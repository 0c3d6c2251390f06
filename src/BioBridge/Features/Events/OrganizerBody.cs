namespace BioBridge.Features.Events;

public sealed record OrganizerBody(string? Email);
