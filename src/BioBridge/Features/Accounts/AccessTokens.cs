using System.Security.Claims;
using BioBridge.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Accounts;

/// <summary>A person's personal access tokens: create (named, with an expiry), list, revoke.</summary>
public sealed class AccessTokens(AppDb db, UserManager<AppUser> users, SecurityLog log, IOptions<AccountOptions> options, TimeProvider clock)
{
    public async Task<IReadOnlyList<AccessTokenItem>> ListAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var userId = users.GetUserId(principal);
        return await db.Set<AccessToken>().AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt)
            .Select(t => new AccessTokenItem(t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt)).ToListAsync(ct);
    }

    public async Task<Outcome<AccessTokenCreated>> CreateAsync(ClaimsPrincipal principal, AccessTokenInput input, CancellationToken ct)
    {
        var userId = users.GetUserId(principal);
        if (userId is null)
            return Outcome.Forbidden(AccountText.Say("Sign in to create an access token."));
        var errors = new Dictionary<string, string[]>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > AccessToken.MaxNameLength)
            errors["name"] = [AccountText.Say($"The name is required (at most {AccessToken.MaxNameLength} characters).")];
        var days = input.ExpiresInDays ?? 90;
        if (days < 1 || days > options.Value.MaxTokenDays)
            errors["expiresInDays"] = [AccountText.Say($"A token lives 1 to {options.Value.MaxTokenDays} days.")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);
        var now = clock.GetUtcNow().UtcDateTime;
        var secret = Secret.New(AccessToken.Prefix);
        var token = new AccessToken { UserId = userId, Name = name, TokenHash = Secret.Hash(secret), CreatedAt = now, ExpiresAt = now.AddDays(days) };
        db.Add(token);
        await db.SaveChangesAsync(ct);
        await log.RecordAsync(SecurityLog.TokenCreated, userId, new { token = token.Id, name, expiresAt = token.ExpiresAt }, ct);
        return Outcome.Success(new AccessTokenCreated(token.Id, name, secret, token.ExpiresAt));
    }

    public async Task<Outcome> RevokeAsync(ClaimsPrincipal principal, int id, CancellationToken ct)
    {
        var userId = users.GetUserId(principal);
        var token = await db.Set<AccessToken>().FirstOrDefaultAsync(t => t.Id == id && t.UserId == userId, ct);
        if (token is null)
            return Outcome.NotFound(AccountText.Say($"You have no access token {id}."));
        token.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await log.RecordAsync(SecurityLog.TokenRevoked, userId, new { token = id, name = token.Name }, ct);
        return Outcome.Ok;
    }
}
