using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace BioBridge.Features.Accounts;

/// <summary>Identity's messages people actually meet (password rules, taken e-mail, bad link), in the visitor's language.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<AccountText> text) : IdentityErrorDescriber
{
    IdentityError Error(string code, string message, params object[] args) => new() { Code = code, Description = string.Format(text[message], args) };

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), "The password needs at least {0} characters.", length);
    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "The password needs a character that is not a letter or digit.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "The password needs a digit.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "The password needs a lower-case letter.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "The password needs an upper-case letter.");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "{0} already has an account.", email);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "{0} already has an account.", userName);
    public override IdentityError InvalidToken() =>
        Error(nameof(InvalidToken), "This link is not valid or has expired. Ask for a new one.");
}
