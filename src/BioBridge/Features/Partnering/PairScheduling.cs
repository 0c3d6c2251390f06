using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Partnering;

/// <summary>
/// Keeps a pair's meeting in step with its requests, inside the caller's <see cref="EventWriteLock"/>: once the event
/// has a published schedule, a pair that has just agreed is placed at once (first free slot); a pair that no longer
/// has an accepted request loses its meeting.
/// </summary>
public sealed class PairScheduling(AppDb db, PartneringNotifications notifications, IOptions<PartneringOptions> options, TimeProvider clock)
{
    /// <summary>
    /// Places the pair's meeting when a schedule is published. Not placed with no reason: it waits for the next run;
    /// not placed with a reason: no room for it right now.
    /// </summary>
    public async Task<(bool Placed, string? Reason)> PlaceIfPublishedAsync(MeetingRequest accepted, CancellationToken ct)
    {
        if (await PairMeetingAsync(accepted.FromDelegateId, accepted.ToDelegateId, ct) is not null)
            return (true, null);
        if (!options.Value.PlaceLateAcceptsImmediately
            || !await db.SchedulingRuns.AnyAsync(r => r.EventId == accepted.EventId && r.IsPublished, ct))
            return (false, null);
        var a = await db.Delegates.SingleAsync(d => d.Id == accepted.FromDelegateId, ct);
        var b = await db.Delegates.SingleAsync(d => d.Id == accepted.ToDelegateId, ct);
        var board = await PlacementBoard.LoadAsync(db, accepted.EventId, [a.Id, b.Id], null, ct);
        var (placement, reason) = board.FindFirst(a, b, accepted.Mode);
        if (placement is null)
            return (false, reason);
        var meeting = Meeting.Place(accepted.EventId, accepted.Id, [a.Id, b.Id], accepted.Mode, placement.Slot.Id, placement.Location.Id,
            placement.Interpreter?.Id, runId: null);
        meeting.IsPublished = true;
        meeting.PublishedAt = clock.GetUtcNow().UtcDateTime;
        db.Meetings.Add(meeting);
        notifications.Add(accepted.EventId, a.Id, NotificationKind.MeetingScheduled, b.DisplayName, accepted.Id);
        notifications.Add(accepted.EventId, b.Id, NotificationKind.MeetingScheduled, a.DisplayName, accepted.Id);
        return (true, null);
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
