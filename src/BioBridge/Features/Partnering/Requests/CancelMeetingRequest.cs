using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>The sender withdraws a request; a meeting that only this request held is removed.</summary>
public sealed class CancelMeetingRequest(AppDb db, PairScheduling pairs, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(PartneringActor actor, int requestId, CancellationToken ct)
    {
        var found = await db.MeetingRequests.Where(r => r.Id == requestId && r.EventId == actor.Event.Id)
            .Select(r => new { r.EventId, r.FromDelegateId, r.ToDelegateId }).SingleOrDefaultAsync(ct);
        if (found is null)
            return Outcome.NotFound(PartneringText.Say($"Meeting request {requestId} does not exist."));
        // The pair's lock first, as every write about requests takes it; the event's too, since a meeting may go.
        await using var writeLock = await EventWriteLock.AcquireForDelegatesAsync(db, found.FromDelegateId, found.ToDelegateId, ct);
        await writeLock.WidenToEventAsync(found.EventId, ct);
        var request = await db.MeetingRequests.Include(r => r.FromDelegate).SingleAsync(r => r.Id == requestId, ct);
        if (!actor.CanActFor(request.FromDelegate!))
            return actor.Forbidden(request.FromDelegate!);
        var outcome = request.Cancel(clock.GetUtcNow().UtcDateTime);
        if (!outcome.Succeeded)
            return outcome;
        await pairs.ReleaseAsync(request, ct);
        await db.SaveChangesAsync(ct);
        await writeLock.CommitAsync(ct);
        return Outcome.Ok;
    }
}
