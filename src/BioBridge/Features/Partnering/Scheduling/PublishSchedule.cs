using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// An organizer publishes a run after reviewing it: its proposed meetings become the delegates' agendas, and fixed in
/// every later run. Only the event's latest proposal can be published; each meeting is checked again on the way in.
/// </summary>
public sealed class PublishSchedule(AppDb db, PartneringNotifications notifications, TimeProvider clock)
{
    public async Task<Outcome<int>> HandleAsync(PartneringActor actor, int runId, CancellationToken ct)
    {
        if (!actor.IsOrganizer)
            return Outcome.Forbidden(PartneringText.Say("Only organizers publish schedules."));
        var eventId = await db.Events.Where(e => e.Id == actor.Event.Id).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        if (eventId is null)
            return actor.Event.Missing();
        await using var writeLock = await EventWriteLock.AcquireAsync(db, eventId.Value, ct);
        var run = await db.SchedulingRuns.SingleOrDefaultAsync(r => r.Id == runId && r.EventId == eventId, ct);
        if (run is null)
            return Outcome.NotFound(PartneringText.Say($"Scheduling run {runId} does not exist."));
        if (await db.SchedulingRuns.AnyAsync(r => r.EventId == eventId && r.Id > runId
                && r.Status != RunStatus.Failed, ct))
            return Outcome.Conflict(PartneringText.Say($"Run {runId} has been superseded by a later run; review and publish that one."));

        var now = clock.GetUtcNow().UtcDateTime;
        var outcome = run.Publish(now);
        if (!outcome.Succeeded)
            return outcome;

        // Re-check on write: a delegate may have become unavailable since the run, or a request been withdrawn.
        var proposed = await db.Meetings.Include(m => m.Seats).Include(m => m.Request)
            .Where(m => m.RunId == runId && !m.IsPublished).ToListAsync(ct);
        var delegateIds = proposed.SelectMany(m => m.Seats.Select(s => s.DelegateId)).Distinct().ToList();
        var delegates = await db.Delegates.Where(d => delegateIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var problems = proposed
            .Where(m => m.Request!.Status != RequestStatus.Accepted || m.Seats.Any(s => delegates[s.DelegateId].UnavailableSlotIds.Contains(m.SlotId)))
            .Select(m => $"meeting {m.Id}").ToList();
        if (problems.Count > 0)
            return Outcome.Conflict(PartneringText.Say($"The event changed since run {runId} ({string.Join(", ", problems.Take(10))} no longer fit). Run the scheduler again."));
        foreach (var meeting in proposed)
        {
            meeting.IsPublished = true;
            meeting.PublishedAt = now;
        }
        foreach (var delegateId in delegateIds)
            notifications.Add(eventId.Value, delegateId, NotificationKind.SchedulePublished, null);
        await db.SaveChangesAsync(ct);
        await writeLock.CommitAsync(ct);
        return Outcome.Success(proposed.Count);
    }
}
