namespace BioBridge.Features.Accounts;

/// <summary>Marker for the UI strings of accounts, privacy and the audit log in AccountText.resx, AccountText.ko.resx and AccountText.zh-Hans.resx.</summary>
public sealed class AccountText;
