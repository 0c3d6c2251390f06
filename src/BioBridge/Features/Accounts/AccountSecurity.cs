using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace BioBridge.Features.Accounts;

/// <summary>
/// The changes that end every other session and token of an account at once: a new password, a role taken away, the
/// account disabled. Each renews the security stamp; the caller's own cookie session is re-issued where it made the change.
/// </summary>
public sealed class AccountSecurity(UserManager<AppUser> users, SignInManager<AppUser> signIn, SecurityLog log, TimeProvider clock)
{
    public async Task<Outcome> ChangePasswordAsync(ClaimsPrincipal principal, PasswordChange change)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
            return Outcome.Forbidden(AccountText.Say("Sign in to change your password."));
        if (string.IsNullOrEmpty(change.CurrentPassword))
            return Outcome.Invalid("currentPassword", AccountText.Say("Enter your current password."));
        if (string.IsNullOrEmpty(change.NewPassword))
            return Outcome.Invalid("newPassword", AccountText.Say("Enter the new password."));
        var result = await users.ChangePasswordAsync(user, change.CurrentPassword, change.NewPassword);
        if (!result.Succeeded)
            return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? Outcome.Invalid("currentPassword", AccountText.Say("The current password is not right."))
                : Outcome.Invalid("newPassword", string.Join(" ", result.Errors.Select(e => e.Description)));
        await log.RecordAsync(SecurityLog.PasswordChanged, user.Id);
        await KeepThisSessionAsync(principal, user);
        return Outcome.Ok;
    }

    /// <summary>After the caller changed their own stamp: their cookie session goes on, every other one ends.</summary>
    public async Task KeepThisSessionAsync(ClaimsPrincipal principal, AppUser user)
    {
        // A call made with a personal access token has no cookie session to keep (and its token was just revoked).
        if (principal.Identity?.AuthenticationType == AccessTokenAuthentication.SchemeName)
            return;
        await signIn.RefreshSignInAsync(user);
    }

    public Task<Outcome> RemoveRoleAsync(string userId, string role, CancellationToken ct) => WithAccountAsync(userId, async user =>
    {
        if (!await users.IsInRoleAsync(user, role))
            return Outcome.NotFound(AccountText.Say($"The account does not have the role '{role}'."));
        var result = await users.RemoveFromRoleAsync(user, role);
        if (!result.Succeeded)
            return Outcome.Conflict(string.Join(" ", result.Errors.Select(e => e.Description)));
        await users.UpdateSecurityStampAsync(user);
        await log.RecordAsync(SecurityLog.RoleRemoved, user.Id, new { role }, ct);
        return Outcome.Ok;
    });

    public Task<Outcome> DisableAsync(string userId, CancellationToken ct) => WithAccountAsync(userId, async user =>
    {
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        await log.RecordAsync(SecurityLog.AccountDisabled, user.Id, new { at = clock.GetUtcNow() }, ct);
        return Outcome.Ok;
    });

    public Task<Outcome> EnableAsync(string userId, CancellationToken ct) => WithAccountAsync(userId, async user =>
    {
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await log.RecordAsync(SecurityLog.AccountEnabled, user.Id, null, ct);
        return Outcome.Ok;
    });

    async Task<Outcome> WithAccountAsync(string userId, Func<AppUser, Task<Outcome>> change) =>
        await users.FindByIdAsync(userId) is { } user ? await change(user) : Outcome.NotFound(AccountText.Say($"No account {userId}."));
}
