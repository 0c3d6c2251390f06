namespace BioBridge.Features.Accounts;

public sealed record SignUpInput(string? Token, string? DisplayName, string? Password, bool Terms, bool Privacy, bool CrossBorderTransfer);
