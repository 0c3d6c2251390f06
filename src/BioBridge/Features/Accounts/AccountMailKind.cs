namespace BioBridge.Features.Accounts;

public enum AccountMailKind { Invitation, ConfirmEmail, ResetPassword }
