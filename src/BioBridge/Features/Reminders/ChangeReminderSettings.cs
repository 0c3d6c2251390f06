using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reminders;

/// <summary>An event's reminder settings: read (defaults when never set) and changed by its organizers.</summary>
public sealed class ChangeReminderSettings(AppDb db)
{
    public async Task<ReminderSettings?> FindAsync(string eventSlug, CancellationToken ct)
    {
        var eventId = await db.Events.Where(e => e.Slug == eventSlug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        if (eventId is null)
            return null;
        return await db.ReminderSettings.SingleOrDefaultAsync(s => s.EventId == eventId, ct) ?? ReminderSettings.DefaultFor(eventId.Value);
    }

    public async Task<Outcome<ReminderSettings>> HandleAsync(string eventSlug, ReminderSettingsInput input, CancellationToken ct)
    {
        var settings = await FindAsync(eventSlug, ct);
        if (settings is null)
            return Outcome.NotFound($"Event '{eventSlug}' does not exist.");
        var outcome = settings.Change(input);
        if (!outcome.Succeeded)
            return outcome;
        if (db.Entry(settings).State == EntityState.Detached)
            db.ReminderSettings.Add(settings);
        await db.SaveChangesAsync(ct);
        return Outcome.Success(settings);
    }
}
