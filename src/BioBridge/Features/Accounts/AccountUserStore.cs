using BioBridge.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Accounts;

/// <summary>
/// Identity's store, with one rule added where every security-stamp change passes (password reset or change, two-factor
/// on or off, a role removed, the account disabled or deleted): the owner's personal access tokens are revoked with it.
/// Cookie sessions end by the same stamp, checked on every request (SessionStamp).
/// </summary>
public sealed class AccountUserStore(AppDb context, TimeProvider clock, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, IdentityRole, AppDb>(context, describer)
{
    public override async Task SetSecurityStampAsync(AppUser user, string stamp, CancellationToken cancellationToken = default)
    {
        var changed = user.SecurityStamp is not null && user.SecurityStamp != stamp;
        await base.SetSecurityStampAsync(user, stamp, cancellationToken);
        if (!changed)
            return;
        // Tracked, so the caller's UpdateAsync saves the revocations with the new stamp, in one SaveChanges.
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var token in await Context.Set<AccessToken>().Where(t => t.UserId == user.Id && t.RevokedAt == null).ToListAsync(cancellationToken))
            token.Revoke(now);
    }
}
