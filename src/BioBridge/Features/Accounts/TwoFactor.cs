using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace BioBridge.Features.Accounts;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, RFC 6238): the app is set up from the shared key or the
/// otpauth URI, enabling requires one valid code, and ten one-time recovery codes are handed out.
/// </summary>
public sealed class TwoFactor(UserManager<AppUser> users, IUserStore<AppUser> store, AccountSecurity security, SecurityLog log)
{
    public const int RecoveryCodes = 10;

    public async Task<AuthenticatorSetup?> SetupAsync(ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
            return null;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A first key for a set-up not yet confirmed: stored without renewing the security stamp (which
            // ResetAuthenticatorKeyAsync would do), so opening this page ends no other session.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, key, default);
            await users.UpdateAsync(user);
        }
        var label = Uri.EscapeDataString("BioBridge:" + user.Email);
        var uri = $"otpauth://totp/{label}?secret={key}&issuer=BioBridge&digits=6";
        return new AuthenticatorSetup(user.TwoFactorEnabled, key!, uri, await users.CountRecoveryCodesAsync(user));
    }

    /// <summary>Turns two-factor sign-in on when the code matches the app; answers the recovery codes, shown once.</summary>
    public async Task<Outcome<IReadOnlyList<string>>> EnableAsync(ClaimsPrincipal principal, string? code)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
            return Outcome.Forbidden(AccountText.Say("Sign in to set up two-factor sign-in."));
        if (!await ValidAsync(user, code))
            return Outcome.Invalid("code", AccountText.Say("The code does not match your authenticator app. Check the app's clock and enter the current code."));
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodes);
        await log.RecordAsync(SecurityLog.TwoFactorEnabled, user.Id);
        await security.KeepThisSessionAsync(principal, user);
        return Outcome.Success<IReadOnlyList<string>>(codes!.ToList());
    }

    /// <summary>Turns two-factor sign-in off; a current code proves it is the owner, not a borrowed session.</summary>
    public async Task<Outcome> DisableAsync(ClaimsPrincipal principal, string? code)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
            return Outcome.Forbidden(AccountText.Say("Sign in to change two-factor sign-in."));
        if (!await ValidAsync(user, code))
            return Outcome.Invalid("code", AccountText.Say("The code does not match your authenticator app. Check the app's clock and enter the current code."));
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await log.RecordAsync(SecurityLog.TwoFactorDisabled, user.Id);
        await security.KeepThisSessionAsync(principal, user);
        return Outcome.Ok;
    }

    Task<bool> ValidAsync(AppUser user, string? code) =>
        users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, (code ?? "").Replace(" ", "").Replace("-", ""));
}
