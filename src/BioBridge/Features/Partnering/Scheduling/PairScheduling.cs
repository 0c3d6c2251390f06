using BioBridge.Features.Events;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Partnering;

/// <summary>
/// Keeps a pair's meeting in step with its requests: once the event has a published schedule, or at once in a
/// self-scheduling event, a pair that has just agreed is placed (first free slot, or the slot the receiver picked); a
/// pair that no longer has an accepted request loses its meeting. The search for the first free slot runs before the
/// event's write lock (<see cref="PlanAsync"/>, under the pair's delegate locks); under the lock the planned slot is
/// only checked again against the schedule as it then stands, and the meeting written (<see cref="PlaceAsync"/>).
/// </summary>
public sealed class PairScheduling(AppDb db, PartneringNotifications notifications, IOptions<PartneringOptions> options, TimeProvider clock)
{
    /// <summary>Slots whose tables a search reads at once: the first few open to the pair nearly always have a free one.</summary>
    const int SlotsAtOnce = 4;

    /// <summary>
    /// Whether the accepted pair is to be placed at once and where it would go now, read without the event's lock.
    /// Only a plan with a slot places anything, so only that one needs the event's lock (<see cref="PairPlan.Places"/>).
    /// </summary>
    public async Task<PairPlan> PlanAsync(MeetingRequest accepted, CancellationToken ct)
    {
        if (await PairMeetingAsync(accepted.FromDelegateId, accepted.ToDelegateId, ct) is not null)
            return new PairPlan(true, null, null);
        if (!await PlacesAtOnceAsync(accepted.EventId, ct))
            return new PairPlan(false, null, null);
        var (a, b) = await PairAsync(accepted, ct);
        var (placement, reason) = await FirstPlaceAsync(await PlacementBoard.LoadForAsync(db, accepted.EventId, [a.Id, b.Id], [], ct), a, b, accepted.Mode, ct);
        return new PairPlan(false, reason, placement?.Slot);
    }

    /// <summary>
    /// Under the event's write lock: the pair's meeting at the planned slot if it is still free there (another node may
    /// have taken its table or interpreter since), otherwise at the first place free now. Not placed with no reason:
    /// it waits for the next run; not placed with a reason: no room for it right now.
    /// </summary>
    public async Task<(bool Placed, string? Reason)> PlaceAsync(MeetingRequest accepted, PairPlan plan, CancellationToken ct)
    {
        if (plan.Slot is null)
            return (plan.Placed, plan.Reason);
        // A run stores its proposal under the event's lock alone, so the pair may have a meeting by now.
        if (await PairMeetingAsync(accepted.FromDelegateId, accepted.ToDelegateId, ct) is not null)
            return (true, null);
        var (a, b) = await PairAsync(accepted, ct);
        var board = await PlacementBoard.LoadForAsync(db, accepted.EventId, [a.Id, b.Id], [plan.Slot.Id], ct);
        var (placement, reason) = board.FindFirst(a, b, accepted.Mode, [plan.Slot]);
        if (placement is null)
            (placement, reason) = await FirstPlaceAsync(board, a, b, accepted.Mode, ct);
        if (placement is null)
            return (false, reason);
        Add(accepted, a, b, placement);
        return (true, null);
    }

    /// <summary>
    /// The pair's earliest place: first the slots open to the two of them (their own meetings, caps and the
    /// interpreters' bookings), then the tables at those slots, a few slots at a time, so that a placement neither reads
    /// nor compiles the whole event's schedule.
    /// </summary>
    async Task<(Placement? Placement, string? Reason)> FirstPlaceAsync(PlacementBoard board, EventDelegate a, EventDelegate b, MeetingMode mode,
        CancellationToken ct)
    {
        var (open, reason) = board.OpenSlots(a, b, mode);
        foreach (var few in open.Chunk(SlotsAtOnce))
        {
            var found = (await board.ReadAtAsync(db, few.Select(s => s.Id).ToList(), ct)).FindFirst(a, b, mode, few);
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
            return "The pair already has a meeting.";
        var (a, b) = await PairAsync(accepted, ct);
        var board = await PlacementBoard.LoadForAsync(db, accepted.EventId, [a.Id, b.Id], [slot.Id], ct);
        var (placement, problem) = board.PlaceAt(a, b, accepted.Mode, slot);
        if (placement is null)
            return problem;
        Add(accepted, a, b, placement);
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

    void Add(MeetingRequest accepted, EventDelegate a, EventDelegate b, Placement placement)
    {
        var meeting = Meeting.Place(accepted.EventId, accepted.Id, [a.Id, b.Id], accepted.Mode, placement.Slot.Id, placement.Location.Id,
            placement.Interpreter?.Id, runId: null);
        meeting.IsPublished = true;
        meeting.PublishedAt = clock.GetUtcNow().UtcDateTime;
        db.Meetings.Add(meeting);
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
