using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Events;

/// <summary>
/// The event's hosts appoint organizers by e-mail: the account gets the organizer role if it lacks it, and runs this event
/// only. Removing takes the event away, not the role (the organizer may run other events).
/// </summary>
public sealed class AssignEventOrganizers(AppDb db, UserManager<AppUser> users, TimeProvider clock)
{
    public async Task<List<OrganizerItem>> ListAsync(NamedEvent named, CancellationToken ct) =>
        await db.EventOrganizers.AsNoTracking().Where(o => o.EventId == named.Id)
            .OrderBy(o => o.AssignedAt).Select(o => new OrganizerItem(o.UserId, o.User!.Email ?? "", o.User.DisplayName, o.AssignedAt))
            .ToListAsync(ct);

    public async Task<Outcome<OrganizerItem>> AssignAsync(NamedEvent named, string? email, CancellationToken ct)
    {
        if (named.Id is not { } eventId)
            return Outcome.NotFound(EventText.Say($"There is no event '{named.Slug}'."));
        if (string.IsNullOrWhiteSpace(email))
            return Outcome.Invalid("email", EventText.Say("Give the e-mail of the account to appoint."));
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
            return Outcome.Invalid("email", EventText.Say($"No account has the e-mail '{email.Trim()}'; invite the person first."));
        if (await db.EventOrganizers.AnyAsync(o => o.EventId == eventId && o.UserId == user.Id, ct))
            return Outcome.Conflict(EventText.Say($"{email.Trim()} already organizes this event."));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await users.IsInRoleAsync(user, Roles.Organizer))
            await users.AddToRoleAsync(user, Roles.Organizer);
        var organizer = new EventOrganizer { EventId = eventId, UserId = user.Id, AssignedAt = clock.GetUtcNow().UtcDateTime };
        db.EventOrganizers.Add(organizer);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome.Success(new OrganizerItem(user.Id, user.Email ?? "", user.DisplayName, organizer.AssignedAt));
    }

    public async Task<Outcome> RemoveAsync(NamedEvent named, string userId, CancellationToken ct)
    {
        var removed = await db.EventOrganizers.Where(o => o.UserId == userId && o.EventId == named.Id).ExecuteDeleteAsync(ct);
        return removed == 0 ? Outcome.NotFound(EventText.Say("That account does not organize this event.")) : Outcome.Ok;
    }
}
