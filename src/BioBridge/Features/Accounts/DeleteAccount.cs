using System.Security.Claims;
using BioBridge.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Accounts;

/// <summary>
/// Self-service account deletion, confirmed with the password. Records that statistics count (delegates, meeting
/// requests, meetings, reviews, deals) stay, without the person's name, e-mail or messages; the account keeps only
/// its id, cannot sign in, and loses its roles, tokens and two-factor keys. Each feature erases its own rows
/// (<see cref="IPersonalRecords"/>); all in one transaction.
/// </summary>
public sealed class DeleteAccount(AppDb db, IEnumerable<IPersonalRecords> features, UserManager<AppUser> users, SignInManager<AppUser> signIn,
    SecurityLog log, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(ClaimsPrincipal principal, string? password, CancellationToken ct)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
            return Outcome.Forbidden(AccountText.Say("Sign in to delete your account."));
        if (!await users.CheckPasswordAsync(user, password ?? ""))
            return Outcome.Invalid("password", AccountText.Say("The password is not correct; the account was not deleted."));

        var id = user.Id;
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var subject = new PersonalDataSubject(id, user.Email);
            foreach (var feature in features)
                await feature.EraseAsync(subject, ct);
            await db.Set<AccessToken>().Where(t => t.UserId == id).ExecuteDeleteAsync(ct);
            await db.UserTokens.Where(t => t.UserId == id).ExecuteDeleteAsync(ct);
            await db.UserLogins.Where(t => t.UserId == id).ExecuteDeleteAsync(ct);
            await db.UserRoles.Where(r => r.UserId == id).ExecuteDeleteAsync(ct);
            await db.UserClaims.Where(c => c.UserId == id).ExecuteDeleteAsync(ct);

            var anonymous = "deleted-" + id;
            user.UserName = anonymous;
            user.NormalizedUserName = anonymous.ToUpperInvariant();
            user.Email = anonymous + "@deleted.invalid";
            user.NormalizedEmail = user.Email.ToUpperInvariant();
            user.EmailConfirmed = false;
            user.DisplayName = null;
            user.PhoneNumber = null;
            user.PasswordHash = null;
            user.TwoFactorEnabled = false;
            user.LockoutEnabled = true;
            user.LockoutEnd = DateTimeOffset.MaxValue;
            user.SecurityStamp = Guid.NewGuid().ToString("N");
            user.DeletedAt = now;
            await db.SaveChangesAsync(ct);
            await log.RecordAsync(SecurityLog.Deleted, id, ct: ct);
            await transaction.CommitAsync(ct);
        }
        await signIn.SignOutAsync();
        return Outcome.Ok;
    }
}
