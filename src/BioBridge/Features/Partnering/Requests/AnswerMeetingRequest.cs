using BioBridge.Features.Events;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// The receiver accepts or declines a request. After publication, or at once in a self-scheduling event (at the slot
/// the receiver picked, or the first one free for both), an accepted pair is placed under the event's write lock, so
/// that parallel acceptances never double-book a delegate, table or interpreter; accepts placed at the first free
/// place share that lock with each other (<see cref="PairScheduling.PlaceFirstFreeAsync"/>). A picked slot that cannot
/// be taken leaves the request unanswered. An answer that places nothing (a decline, an accept before publication)
/// locks only the pair's two delegates.
/// </summary>
public sealed class AnswerMeetingRequest(AppDb db, PairScheduling pairs, PartneringNotifications notifications, TimeProvider clock)
{
    public async Task<Outcome<AnswerResult>> HandleAsync(PartneringActor actor, int requestId, RequestAnswer answer,
        CancellationToken ct, string? slot = null)
    {
        var found = await db.MeetingRequests.Where(r => r.Id == requestId && r.EventId == actor.Event.Id)
            .Select(r => new { r.EventId, r.FromDelegateId, r.ToDelegateId }).SingleOrDefaultAsync(ct);
        if (found is null)
            return Outcome.NotFound(PartneringText.Say($"Meeting request {requestId} does not exist."));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var writeLock = await EventWriteLock.AcquireForDelegatesAsync(db, found.FromDelegateId, found.ToDelegateId, ct);
                return await AnswerAsync(actor, writeLock, found.EventId, requestId, answer, slot, ct);
            }
            catch (DbUpdateException e) when (attempt < 3 && e.IsConstraintViolation())
            {
                // Another node stored a meeting in the same place between our read and our write (the unique
                // indexes refused ours): read the schedule again and place anew.
                db.ChangeTracker.Clear();
            }
        }
    }

    async Task<Outcome<AnswerResult>> AnswerAsync(PartneringActor actor, EventWriteLock writeLock, int eventId, int requestId, RequestAnswer answer,
        string? slotCode, CancellationToken ct)
    {
        var request = await db.MeetingRequests.Include(r => r.ToDelegate).SingleAsync(r => r.Id == requestId, ct);
        // Only the receiver's side answers: the sender's organization cannot accept its own request.
        if (!actor.CanActFor(request.ToDelegate!))
            return actor.Forbidden(request.ToDelegate!);
        EventSlot? picked = null;
        if (slotCode is not null)
        {
            if (answer != RequestAnswer.Accept)
                return Outcome.Invalid("slot", PartneringText.Say("A slot is picked when accepting, not when declining."));
            if (!await db.Events.AnyAsync(e => e.Id == eventId && e.SchedulingMode == SchedulingMode.SelfScheduling, ct))
                return Outcome.Invalid("slot", PartneringText.Say("This event is not self-scheduling: the organizer schedules the meetings."));
            picked = (await db.EventSlots.Where(s => s.EventId == eventId).ToListAsync(ct)).FirstOrDefault(s => s.Code == slotCode);
            if (picked is null)
                return Outcome.Invalid("slot", PartneringText.Say($"'{slotCode}' is not a meeting slot of this event."));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var outcome = answer == RequestAnswer.Accept ? request.Accept(now) : request.Decline(now);
        if (!outcome.Succeeded)
            return outcome;
        // A pick holds the event's lock alone; accepts placed at their first free place share it with each other.
        var placesFirstFree = answer == RequestAnswer.Accept && picked is null && await pairs.PlacesAtOnceAsync(eventId, ct);
        if (picked is not null)
            await writeLock.WidenToEventAsync(eventId, ct);
        else if (placesFirstFree)
            await writeLock.ShareEventAsync(eventId, ct);
        notifications.Add(request.EventId, request.FromDelegateId,
            answer == RequestAnswer.Accept ? NotificationKind.RequestAccepted : NotificationKind.RequestDeclined, request.ToDelegate!.DisplayName, request.Id);
        await db.SaveChangesAsync(ct);
        (bool Placed, string? Reason) placement = (false, null);
        if (picked is not null)
        {
            if (await pairs.PlaceAtAsync(request, picked, ct) is { } problem)
            {
                // Nothing is kept: the transaction rolls back, and the tracked request must not look accepted.
                db.ChangeTracker.Clear();
                return Outcome.Conflict(problem);
            }
            placement = (true, null);
        }
        else if (placesFirstFree)
            placement = await pairs.PlaceFirstFreeAsync(request, writeLock, ct);
        await db.SaveChangesAsync(ct);
        await writeLock.CommitAsync(ct);
        return Outcome.Success(new AnswerResult(answer == RequestAnswer.Accept ? "accepted" : "declined", placement.Placed, placement.Reason));
    }
}
