using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Partnering;

/// <summary>
/// A delegate asks another for a meeting. When the other side has already asked them, that is mutual interest:
/// both requests are accepted at once and the meeting weighs more in the scheduler. Only then may a meeting be placed,
/// so only then (and once the schedule is published) does the request take the event's write lock, shared with other
/// placements of single pairs; otherwise the two delegates' lock is enough.
/// </summary>
public sealed class RequestMeeting(AppDb db, PairScheduling pairs, PartneringNotifications notifications, IOptions<PartneringOptions> options,
    TimeProvider clock)
{
    public async Task<Outcome<MeetingRequest>> HandleAsync(PartneringActor actor, MeetingRequestInput input,
        CancellationToken ct)
    {
        var eventId = await db.Events.Where(e => e.Id == actor.Event.Id).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        if (eventId is null)
            return actor.Event.Missing();
        await using var writeLock = await EventWriteLock.AcquireForDelegatesAsync(db, input.FromDelegateId, input.ToDelegateId, ct);
        var from = await db.Delegates.SingleOrDefaultAsync(d => d.Id == input.FromDelegateId && d.EventId == eventId, ct);
        if (from is null)
            return Outcome.Invalid("fromDelegateId", PartneringText.Say($"Delegate {input.FromDelegateId} is not registered for this event."));
        if (!actor.CanActFor(from))
            return actor.Forbidden(from);
        var to = await db.Delegates.SingleOrDefaultAsync(d => d.Id == input.ToDelegateId && d.EventId == eventId, ct);
        if (to is null)
            return Outcome.Invalid("toDelegateId", PartneringText.Say($"Delegate {input.ToDelegateId} is not registered for this event."));
        if (await db.MeetingRequests.AnyAsync(r => r.FromDelegateId == from.Id && r.ToDelegateId == to.Id, ct))
            return Outcome.Conflict(PartneringText.Say($"{from.DisplayName} has already requested a meeting with {to.DisplayName}."));

        var open = await db.MeetingRequests.CountAsync(r => r.FromDelegateId == from.Id && r.Status == RequestStatus.Pending, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var opened = MeetingRequest.Open(from, to, input.Message, input.Priority, input.Mode, open,
            options.Value.MaxOpenRequestsPerDelegate, now);
        if (!opened.Succeeded)
            return opened.Verdict;
        var request = opened.Value;

        var reverse = await db.MeetingRequests.SingleOrDefaultAsync(r => r.FromDelegateId == to.Id && r.ToDelegateId == from.Id, ct);
        var mutual = reverse is { IsLive: true };
        var places = mutual && await pairs.PlacesAtOnceAsync(eventId.Value, ct);
        if (places)
            await writeLock.ShareEventAsync(eventId.Value, ct);
        if (reverse is { Status: RequestStatus.Pending })
            reverse.Accept(now);
        if (mutual)
            request.Accept(now);
        db.MeetingRequests.Add(request);
        // Mutual interest answers the other side's request: they learn it was accepted rather than received.
        notifications.Add(to.EventId, to.Id, mutual ? NotificationKind.RequestAccepted : NotificationKind.RequestReceived, from.DisplayName,
            mutual ? reverse!.Id : null);
        try
        {
            await db.SaveChangesAsync(ct);
            if (places)
            {
                await pairs.PlaceFirstFreeAsync(reverse!, writeLock, ct);
                await db.SaveChangesAsync(ct);
            }
            await writeLock.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsConstraintViolation())
        {
            // The same request sent twice at once: the unique index keeps the first.
            return Outcome.Conflict(PartneringText.Say($"{from.DisplayName} has already requested a meeting with {to.DisplayName}."));
        }
        return Outcome.Success(request);
    }
}
