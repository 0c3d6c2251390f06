using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Messaging;

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
