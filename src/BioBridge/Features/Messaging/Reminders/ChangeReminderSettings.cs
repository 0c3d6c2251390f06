using BioBridge.Data;
using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Messaging;

/// <summary>An event's reminder settings: read (defaults when never set) and changed by its organizers.</summary>
public sealed class ChangeReminderSettings(AppDb db)
{
    public async Task<ReminderSettings?> FindAsync(NamedEvent named, CancellationToken ct)
    {
        if (named.Id is not { } eventId)
            return null;
        return await db.ReminderSettings.SingleOrDefaultAsync(s => s.EventId == eventId, ct) ?? ReminderSettings.DefaultFor(eventId);
    }

    public async Task<Outcome<ReminderSettings>> HandleAsync(NamedEvent named, ReminderSettingsInput input, CancellationToken ct)
    {
        var settings = await FindAsync(named, ct);
        if (settings is null)
            return named.Missing();
        var outcome = settings.Change(input);
        if (!outcome.Succeeded)
            return outcome;
        if (db.Entry(settings).State == EntityState.Detached)
            db.ReminderSettings.Add(settings);
        await db.SaveChangesAsync(ct);
        return Outcome.Success(settings);
    }
}
