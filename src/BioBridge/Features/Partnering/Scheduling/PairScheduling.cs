using BioBridge.Features.Events;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Partnering;

/// <summary>
/// Keeps a pair's meeting in step with its requests, inside the caller's <see cref="EventWriteLock"/>: once the event
/// has a published schedule, or at once in a self-scheduling event, a pair that has just agreed is placed (first free
/// slot, or the slot the receiver picked); a pair that no longer has an accepted request loses its meeting.
/// </summary>
public sealed class PairScheduling(AppDb db, PartneringNotifications notifications, IOptions<PartneringOptions> options, TimeProvider clock)
{
    /// <summary>Slots whose tables a search reads at once: the first one or two open to the pair nearly always have a free one.</summary>
    const int SlotsAtOnce = 2;

    /// <summary>Tables lost to parallel placements before one placement gives up (the caller's retry starts it afresh).</summary>
    const int TablesLostAtMost = 8;

    /// <summary>
    /// Places the pair's meeting at the first free place, under the pair's delegate locks and the event's lock shared
    /// with other such placements (<see cref="EventWriteLock.ShareEventAsync"/>): a parallel placement of another pair
    /// may take the table found meanwhile, which the table's unique index refuses, and the search goes on from there;
    /// a placement with an interpreter first locks the event's interpreters, whose meeting counts no index guards.
    /// Not placed with no reason: it waits for the next run; not placed with a reason: no room for it right now.
    /// </summary>
    public async Task<(bool Placed, string? Reason)> PlaceFirstFreeAsync(MeetingRequest accepted, EventWriteLock writeLock, CancellationToken ct)
    {
        if (await PairMeetingAsync(accepted.FromDelegateId, accepted.ToDelegateId, ct) is not null)
            return (true, null);
        var (a, b) = await PairAsync(accepted, ct);
        var board = await PlacementBoard.LoadForAsync(db, accepted.EventId, [a.Id, b.Id], [], ct);
        var interpretersLocked = false;
        for (var lost = 0; ; lost++)
        {
            var (placement, reason) = await FirstPlaceAsync(board, a, b, accepted.Mode, accepted.Id, ct);
            if (placement is null)
                return (false, reason);
            if (placement.Interpreter is not null && !interpretersLocked)
            {
                await writeLock.LockInterpretersAsync(accepted.EventId, ct);
                interpretersLocked = true;
                board = await board.ReadAtAsync(db, [], ct);
                continue;
            }
            var meeting = Add(accepted, a, b, placement);
            try
            {
                await db.SaveChangesAsync(ct);
                Notify(accepted, a, b);
                return (true, null);
            }
            catch (DbUpdateException e) when (lost < TablesLostAtMost && e.IsConstraintViolation())
            {
                // SaveChanges rolled back to its savepoint: forget the refused meeting and look again.
                db.Entry(meeting).State = EntityState.Detached;
                meeting.Seats.ForEach(seat => db.Entry(seat).State = EntityState.Detached);
            }
        }
    }

    /// <summary>
    /// The pair's earliest place: first the slots open to the two of them on the given board of the pair (their own
    /// meetings, caps and the interpreters' bookings), then the tables at those slots, read a few slots at a time, so
    /// that a placement neither reads nor compiles the whole event's schedule. Each request tries the tables in an order
    /// of its own (shuffled by its id), so that parallel accepts rarely reach for the same one.
    /// </summary>
    async Task<(Placement? Placement, string? Reason)> FirstPlaceAsync(PlacementBoard board, EventDelegate a, EventDelegate b, MeetingMode mode,
        int spread, CancellationToken ct)
    {
        var (open, reason) = board.OpenSlots(a, b, mode);
        foreach (var few in open.Chunk(SlotsAtOnce))
        {
            var found = (await board.ReadAtAsync(db, few.Select(s => s.Id).ToList(), ct)).FindFirst(a, b, mode, few, spread);
            if (found.Placement is not null)
                return found;
        }
        return (null, reason ?? PlacementBoard.NoFreeLocation);
    }

    /// <summary>An accepted pair is placed at once: the event is self-scheduling, or its schedule is published (and late
    /// accepts are placed); before that, accepting only records the answer for the next run.</summary>
    public async Task<bool> PlacesAtOnceAsync(int eventId, CancellationToken ct) =>
        await db.Events.AnyAsync(e => e.Id == eventId && e.SchedulingMode == SchedulingMode.SelfScheduling, ct)
        || (options.Value.PlaceLateAcceptsImmediately && await db.SchedulingRuns.AnyAsync(r => r.EventId == eventId && r.IsPublished, ct));

    /// <summary>Self-scheduling: the pair's meeting at the slot the receiver picked, with a table or room and an
    /// interpreter assigned by the same rules as every placement; otherwise why that slot cannot be taken.</summary>
    public async Task<string?> PlaceAtAsync(MeetingRequest accepted, EventSlot slot, CancellationToken ct)
    {
        if (await PairMeetingAsync(accepted.FromDelegateId, accepted.ToDelegateId, ct) is not null)
            return PartneringText.Say("The pair already has a meeting.");
        var (a, b) = await PairAsync(accepted, ct);
        var board = await PlacementBoard.LoadForAsync(db, accepted.EventId, [a.Id, b.Id], [slot.Id], ct);
        var (placement, problem) = board.PlaceAt(a, b, accepted.Mode, slot);
        if (placement is null)
            return problem;
        Add(accepted, a, b, placement);
        Notify(accepted, a, b);
        return null;
    }

    /// <summary>The slots the pair of a request can still take, for the receiver to pick from.</summary>
    public async Task<IReadOnlyList<Placement>> FreeSlotsAsync(MeetingRequest request, CancellationToken ct)
    {
        var (a, b) = await PairAsync(request, ct);
        var board = await PlacementBoard.LoadForAsync(db, request.EventId, [a.Id, b.Id], null, ct);
        return board.FreeSlots(a, b, request.Mode);
    }

    async Task<(EventDelegate A, EventDelegate B)> PairAsync(MeetingRequest request, CancellationToken ct) =>
        (await db.Delegates.SingleAsync(d => d.Id == request.FromDelegateId, ct), await db.Delegates.SingleAsync(d => d.Id == request.ToDelegateId, ct));

    Meeting Add(MeetingRequest accepted, EventDelegate a, EventDelegate b, Placement placement)
    {
        var meeting = Meeting.Place(accepted.EventId, accepted.Id, [a.Id, b.Id], accepted.Mode, placement.Slot.Id, placement.Location.Id,
            placement.Interpreter?.Id, runId: null);
        meeting.IsPublished = true;
        meeting.PublishedAt = clock.GetUtcNow().UtcDateTime;
        db.Meetings.Add(meeting);
        return meeting;
    }

    void Notify(MeetingRequest accepted, EventDelegate a, EventDelegate b)
    {
        notifications.Add(accepted.EventId, a.Id, NotificationKind.MeetingScheduled, b.DisplayName, accepted.Id);
        notifications.Add(accepted.EventId, b.Id, NotificationKind.MeetingScheduled, a.DisplayName, accepted.Id);
    }

    /// <summary>After a cancellation: the meeting goes when no accepted request is left, or moves to the one that is.</summary>
    public async Task ReleaseAsync(MeetingRequest cancelled, CancellationToken ct)
    {
        var meeting = await PairMeetingAsync(cancelled.FromDelegateId, cancelled.ToDelegateId, ct);
        if (meeting is null)
            return;
        var remaining = await db.MeetingRequests.Where(r => r.Id != cancelled.Id && r.Status == RequestStatus.Accepted
                && ((r.FromDelegateId == cancelled.FromDelegateId && r.ToDelegateId == cancelled.ToDelegateId)
                    || (r.FromDelegateId == cancelled.ToDelegateId && r.ToDelegateId == cancelled.FromDelegateId)))
            .FirstOrDefaultAsync(ct);
        if (remaining is null)
            db.Meetings.Remove(meeting);
        else if (meeting.RequestId == cancelled.Id)
            meeting.RequestId = remaining.Id;
    }

    async Task<Meeting?> PairMeetingAsync(int a, int b, CancellationToken ct) =>
        await db.Meetings.Include(m => m.Seats)
            .Where(m => m.Seats.Any(s => s.DelegateId == a) && m.Seats.Any(s => s.DelegateId == b))
            .FirstOrDefaultAsync(ct);
}
