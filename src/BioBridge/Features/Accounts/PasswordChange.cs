namespace BioBridge.Features.Accounts;

public sealed record PasswordChange(string? CurrentPassword, string? NewPassword);
