using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// Self-scheduling: the slots a pending request's pair can still take, computed by the same rules as every placement
/// (both free and available, their own and their type's caps, the session cap, a free table or room, an interpreter
/// when they share no language), for the receiver's side to pick one when accepting.
/// </summary>
public sealed class OfferFreeSlots(AppDb db, PairScheduling pairs)
{
    public async Task<Outcome<FreeSlots>> HandleAsync(PartneringActor actor, int requestId, string language,
        CancellationToken ct)
    {
        var request = await db.MeetingRequests.AsNoTracking()
            .Include(r => r.FromDelegate).ThenInclude(d => d!.Organization)
            .Include(r => r.ToDelegate).ThenInclude(d => d!.Organization)
            .SingleOrDefaultAsync(r => r.Id == requestId && r.EventId == actor.Event.Id, ct);
        if (request is null)
            return Outcome.NotFound(PartneringText.Say($"Meeting request {requestId} does not exist."));
        if (!actor.CanActFor(request.ToDelegate!))
            return actor.Forbidden(request.ToDelegate!);
        var slots = request.Status == RequestStatus.Pending ? await pairs.FreeSlotsAsync(request, ct) : [];
        return Outcome.Success(new FreeSlots(request.Id, request.Status.ToString().ToLowerInvariant(), request.Mode.ToString().ToLowerInvariant(), request.Message,
            PartneringQueries.Item(request.FromDelegate!, language), PartneringQueries.Item(request.ToDelegate!, language),
            slots.Select(p => new FreeSlotItem(p.Slot.Code, p.Slot.Day, p.Slot.Start, p.Slot.Minutes, p.Location.Code,
                p.Location.Kind.ToString().ToLowerInvariant(), p.Interpreter?.Name)).ToList()));
    }
}
