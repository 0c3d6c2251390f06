using BioBridge.Shared.Resources;

namespace BioBridge.Features.Accounts;

/// <summary>Marker for the UI strings of accounts, privacy and the audit log in AccountText.resx, AccountText.ko.resx and AccountText.zh-Hans.resx.</summary>
public sealed class AccountText
{
    /// <summary>A sentence of this feature in the reader's language (<see cref="Sentence"/>).</summary>
    public static string Say(Sentence english) => english.In<AccountText>();
}
