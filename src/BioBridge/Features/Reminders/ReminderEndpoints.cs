using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reminders;

public sealed record ReminderSettingsItem(int MeetingLeadMinutes, int PendingRequestHours, int AvailabilityDaysBefore, bool NoShowFollowUp)
{
    public static ReminderSettingsItem From(ReminderSettings s) => new(s.MeetingLeadMinutes, s.PendingRequestHours, s.AvailabilityDaysBefore, s.NoShowFollowUp);
}

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

    public async Task<(Outcome Outcome, ReminderSettings? Settings)> HandleAsync(string eventSlug, ReminderSettingsInput input, CancellationToken ct)
    {
        var settings = await FindAsync(eventSlug, ct);
        if (settings is null)
            return (Outcome.NotFound($"Event '{eventSlug}' does not exist."), null);
        var outcome = settings.Change(input);
        if (!outcome.Succeeded)
            return (outcome, null);
        if (db.Entry(settings).State == EntityState.Detached)
            db.ReminderSettings.Add(settings);
        await db.SaveChangesAsync(ct);
        return (Outcome.Ok, settings);
    }
}

/// <summary>Reminder settings under /api/v1/events/{slug}/reminders: the event's organizers only (event-organizer policy).</summary>
public static class ReminderEndpoints
{
    public static IEndpointRouteBuilder MapRemindersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/events/{slug}/reminders").WithTags("Reminders").RequireAuthorization(Policies.EventOrganizer);
        api.MapGet("", async (string slug, ChangeReminderSettings settings, CancellationToken ct) =>
                await settings.FindAsync(slug, ct) is { } found ? Results.Ok(ReminderSettingsItem.From(found)) : Results.NotFound())
            .RequireAuthorization(Policies.EventOrganizer).WithName("GetReminderSettings")
            .WithSummary("When the event's reminders go out: minutes before meetings, hours a request waits, days before the event, no-show follow-ups.");
        api.MapPut("", async (string slug, ReminderSettingsInput body, ChangeReminderSettings settings, CancellationToken ct) =>
            {
                var (outcome, changed) = await settings.HandleAsync(slug, body, ct);
                return outcome.Succeeded ? Results.Ok(ReminderSettingsItem.From(changed!)) : outcome.ToProblem();
            })
            .RequireAuthorization(Policies.EventOrganizer).WithName("ChangeReminderSettings")
            .WithSummary("Changes the event's reminder settings; 0 turns a kind of reminder off.");
        return app;
    }
}
