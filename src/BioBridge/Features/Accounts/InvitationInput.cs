namespace BioBridge.Features.Accounts;

public sealed record InvitationInput(string? Email, string? Organization, string? Role, string? Language);
