using System.Security.Claims;
using BioBridge.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Accounts;

/// <summary>Gives or withdraws one consent; each change is a new record, so the history stays provable.</summary>
public sealed class RecordConsent(AppDb db, UserManager<AppUser> users, SecurityLog log, TimeProvider clock)
{
    public async Task<ConsentState> StateAsync(string userId, CancellationToken ct)
    {
        var history = await db.Set<ConsentRecord>().AsNoTracking().Where(c => c.UserId == userId).OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
            .Select(c => new ConsentItem(c.Kind, c.Version, c.Given, c.At)).ToListAsync(ct);
        var current = Consents.All
            .Select(kind => history.FirstOrDefault(c => c.Kind == kind) ?? new ConsentItem(kind, Consents.CurrentVersions[kind], false, DateTime.MinValue))
            .ToList();
        return new ConsentState(current, history);
    }

    public async Task<Outcome<ConsentItem>> HandleAsync(ClaimsPrincipal principal, ConsentInput input, CancellationToken ct)
    {
        var userId = users.GetUserId(principal);
        if (userId is null)
            return Outcome.Forbidden(AccountText.Say("Sign in to change your consents."));
        if (input.Kind is null || !Consents.All.Contains(input.Kind))
            return Outcome.Invalid("kind", AccountText.Say($"The consent is one of {string.Join(", ", Consents.All)}."));
        var record = new ConsentRecord
        {
            UserId = userId, Kind = input.Kind, Version = Consents.CurrentVersions[input.Kind], Given = input.Given, At = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(record);
        await db.SaveChangesAsync(ct);
        await log.RecordAsync(input.Given ? SecurityLog.ConsentGiven : SecurityLog.ConsentWithdrawn, userId, new { kind = record.Kind, version = record.Version }, ct);
        return Outcome.Success(new ConsentItem(record.Kind, record.Version, record.Given, record.At));
    }
}
