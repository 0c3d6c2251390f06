namespace BioBridge.Features.Accounts;

public sealed record InvitationView(string Email, string Organization, string Role, string Language);
