using BioBridge.Features.Events;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BioBridge.Features.Messaging;

/// <summary>Reminder settings under /api/v1/events/{slug}/reminders: the event's organizers only (event-organizer policy).</summary>
public static class ReminderEndpoints
{
    public static IEndpointRouteBuilder MapRemindersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/events/{slug}/reminders").WithTags("Reminders").RequireAuthorization(Policies.EventOrganizer);
        api.MapGet("", async Task<Results<Ok<ReminderSettingsItem>, NotFound>> (NamedEvent named, ChangeReminderSettings settings, CancellationToken ct) =>
                await settings.FindAsync(named, ct) is { } found ? TypedResults.Ok(ReminderSettingsItem.From(found)) : TypedResults.NotFound())
            .RequireAuthorization(Policies.EventOrganizer).WithName("GetReminderSettings")
            .WithSummary("When the event's reminders go out: minutes before meetings, hours a request waits, days before the event, no-show follow-ups.");
        api.MapPut("", async (NamedEvent named, ReminderSettingsInput body, ChangeReminderSettings settings, CancellationToken ct) =>
                (await settings.HandleAsync(named, body, ct)).ToResult(changed => TypedResults.Ok(ReminderSettingsItem.From(changed))))
            .RequireAuthorization(Policies.EventOrganizer).WithName("ChangeReminderSettings")
            .WithSummary("Changes the event's reminder settings; 0 turns a kind of reminder off.");
        return app;
    }
}
