namespace BioBridge.Features.Accounts;

public sealed record RecoveryCodesIssued(IReadOnlyList<string> RecoveryCodes);
