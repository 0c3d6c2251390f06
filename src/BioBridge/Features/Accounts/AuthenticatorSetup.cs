namespace BioBridge.Features.Accounts;

public sealed record AuthenticatorSetup(bool Enabled, string SharedKey, string AuthenticatorUri, int RecoveryCodesLeft);
