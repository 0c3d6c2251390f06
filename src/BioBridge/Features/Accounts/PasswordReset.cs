using System.Text;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace BioBridge.Features.Accounts;

/// <summary>
/// "Forgot your password?": a one-time link by e-mail, in the person's language, to choose a new password. The answer
/// is the same whether or not the address has an account, so the form does not reveal who is registered.
/// </summary>
public sealed class PasswordReset(UserManager<AppUser> users, AccountMail mail, SecurityLog log)
{
    public async Task RequestAsync(string? email, CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || !user.EmailConfirmed || user.DeletedAt is not null)
            return;
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = mail.Link($"/account/reset-password?user={user.Id}&code={code}");
        await mail.SendAsync(AccountMailKind.ResetPassword, user.Email!, user.DisplayName, user.PreferredLanguage ?? UiLanguage.Current, link, null, ct);
    }

    public async Task<Outcome> ResetAsync(string? userId, string? code, string? password)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        var token = Decode(code);
        if (user is null || token is null || user.DeletedAt is not null)
            return Outcome.Invalid("code", AccountText.Say("This link is not valid or has expired. Ask for a new one."));
        var reset = await users.ResetPasswordAsync(user, token, password ?? "");
        if (!reset.Succeeded)
            return reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? Outcome.Invalid("code", AccountText.Say("This link is not valid or has expired. Ask for a new one."))
                : Outcome.Invalid("password", string.Join(" ", reset.Errors.Select(e => e.Description)));
        await log.RecordAsync(SecurityLog.PasswordReset, user.Id);
        return Outcome.Ok;
    }

    public async Task<bool> ConfirmEmailAsync(string? userId, string? code)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        var token = Decode(code);
        if (user is null || token is null || !(await users.ConfirmEmailAsync(user, token)).Succeeded)
            return false;
        await log.RecordAsync(SecurityLog.EmailConfirmed, user.Id);
        return true;
    }

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    static string? Decode(string? code)
    {
        try
        {
            return string.IsNullOrEmpty(code) ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
