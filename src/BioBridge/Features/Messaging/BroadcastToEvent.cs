using BioBridge.Data;
using BioBridge.Features.Events;
using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Messaging;

/// <summary>
/// The organizers write to every participant of an event: one broadcast thread, in the inbox of every organization
/// with a delegate there, and a notification per delegate, which the notification mailer sends by e-mail in the
/// delegate's language. Thread, message and notifications are stored together or not at all.
/// </summary>
public sealed class BroadcastToEvent(AppDb db, PartneringNotifications notifications, TimeProvider clock)
{
    public async Task<Outcome<BroadcastResult>> HandleAsync(MessagingReader actor, NamedEvent named, BroadcastInput input,
        CancellationToken ct)
    {
        if (named.Id is not { } eventId)
            return named.Missing();
        if (!await actor.OrganizedEventIds.ContainsAsync(eventId, ct))
            return Outcome.Forbidden(MessagingText.Say("Only the organizers of the event write to all its participants."));
        var subject = input.Subject?.Trim() ?? "";
        var body = input.Body?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>();
        if (subject.Length is 0 or > MessageThread.MaxSubjectLength)
            errors["subject"] = [MessagingText.Say($"The subject has 1 to {MessageThread.MaxSubjectLength} characters.")];
        if (body.Length is 0 or > Message.MaxBodyLength)
            errors["body"] = [MessagingText.Say($"The message has 1 to {Message.MaxBodyLength:N0} characters.")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var thread = MessageThread.Broadcast(eventId, subject, now);
        thread.Messages.Add(new Message
        {
            SenderUserId = actor.User.Id,
            SenderName = actor.User.DisplayName ?? actor.User.Email ?? actor.User.UserName ?? "",
            SenderOrganizationId = actor.OrganizationId,
            Body = body,
            SentAt = now,
        });
        db.MessageThreads.Add(thread);
        var delegateIds = await db.Delegates.Where(d => d.EventId == eventId).Select(d => d.Id).ToListAsync(ct);
        foreach (var delegateId in delegateIds)
            notifications.Add(eventId, delegateId, NotificationKind.OrganizerMessage, subject);
        await db.SaveChangesAsync(ct);
        return Outcome.Success(new BroadcastResult(thread.Id, delegateIds.Count));
    }
}
