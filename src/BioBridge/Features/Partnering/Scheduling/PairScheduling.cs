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
    /// <summary>
    /// Places the pair's meeting when a schedule is published or the event is self-scheduling. Not placed with no
    /// reason: it waits for the next run; not placed with a reason: no room for it right now.
    /// </summary>
    public async Task<(bool Placed, string? Reason)> PlaceIfPublishedAsync(MeetingRequest accepted, CancellationToken ct)
    {
        if (await PairMeetingAsync(accepted.FromDelegateId, accepted.ToDelegateId, ct) is not null)
            return (true, null);
        if (!await PlacesAtOnceAsync(accepted.EventId, ct))
            return (false, null);
        var (a, b, board) = await BoardAsync(accepted, ct);
        var (placement, reason) = board.FindFirst(a, b, accepted.Mode);
        if (placement is null)
            return (false, reason);
        Add(accepted, a, b, placement);
        return (true, null);
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
        var (a, b, board) = await BoardAsync(accepted, ct);
        var (placement, problem) = board.PlaceAt(a, b, accepted.Mode, slot);
        if (placement is null)
            return problem;
        Add(accepted, a, b, placement);
        return null;
    }

    /// <summary>The slots the pair of a request can still take, for the receiver to pick from.</summary>
    public async Task<IReadOnlyList<Placement>> FreeSlotsAsync(MeetingRequest request, CancellationToken ct)
    {
        var (a, b, board) = await BoardAsync(request, ct);
        return board.FreeSlots(a, b, request.Mode);
    }

    async Task<(EventDelegate A, EventDelegate B, PlacementBoard Board)> BoardAsync(MeetingRequest request, CancellationToken ct)
    {
        var a = await db.Delegates.SingleAsync(d => d.Id == request.FromDelegateId, ct);
        var b = await db.Delegates.SingleAsync(d => d.Id == request.ToDelegateId, ct);
        return (a, b, await PlacementBoard.LoadForAsync(db, request.EventId, [a.Id, b.Id], ct));
    }

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
