using BioBridge.Features.Events;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// Hosted-buyer events: the organizer turns the delegates' preferences into meetings through the scheduler. Every pair
/// marked Must meet or Meet by one side or both, and "No thanks" by neither, gets an accepted request (a new one from
/// the side that wants it most, or the pair's pending one accepted); then a scheduling run is queued, in which
/// BuildScheduleInstance weighs each pair by its preferences (must-meets highest) and leaves every "no thanks" pair out.
/// </summary>
public sealed class GenerateFromPreferences(AppDb db, QueueSchedulingRun queue, TimeProvider clock)
{
    public async Task<Outcome<GeneratedMeetings>> HandleAsync(PartneringActor actor, double? timeLimitSeconds,
        CancellationToken ct)
    {
        if (!actor.IsOrganizer)
            return Outcome.Forbidden(PartneringText.Say("Only organizers generate meetings from preferences."));
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == actor.Event.Id, ct);
        if (ev is null)
            return actor.Event.Missing();
        if (ev.SchedulingMode != SchedulingMode.HostedBuyer)
            return Outcome.Conflict(PartneringText.Say("Meetings come from preferences only in a hosted-buyer event; choose that mode in the set-up first."));
        if (await db.SchedulingRuns.AnyAsync(r => r.EventId == ev.Id && (r.Status == RunStatus.Queued || r.Status == RunStatus.Running), ct))
            return Outcome.Conflict(PartneringText.Say("A scheduling run of this event is already queued or running; generate when it has finished."));

        int wanted = 0, refused = 0, created = 0, accepted = 0;
        await using (var writeLock = await EventWriteLock.AcquireAsync(db, ev.Id, ct))
        {
            var preferences = await db.MeetingPreferences.AsNoTracking().Where(p => p.EventId == ev.Id).ToListAsync(ct);
            var requests = await db.MeetingRequests.Where(r => r.EventId == ev.Id).ToListAsync(ct);
            var delegates = await db.Delegates.Where(d => d.EventId == ev.Id).ToDictionaryAsync(d => d.Id, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var pair in preferences.GroupBy(p => (A: Math.Min(p.FromDelegateId, p.ToDelegateId), B: Math.Max(p.FromDelegateId, p.ToDelegateId)))
                         .OrderBy(g => g.Key))
            {
                if (pair.Any(p => p.Level == PreferenceLevel.NoThanks))
                {
                    refused++;
                    continue;
                }
                wanted++;
                var ofPair = requests.Where(r => (r.FromDelegateId, r.ToDelegateId) == pair.Key || (r.ToDelegateId, r.FromDelegateId) == pair.Key).ToList();
                if (ofPair.Any(r => r.Status == RequestStatus.Accepted))
                    continue;
                if (ofPair.FirstOrDefault(r => r.Status == RequestStatus.Pending) is { } pending)
                {
                    pending.Accept(now);
                    accepted++;
                    continue;
                }
                // The side that wants the meeting most asks; a direction already used (declined, withdrawn) is not reused.
                foreach (var strongest in pair.OrderBy(p => p.Level).ThenBy(p => p.FromDelegateId))
                {
                    if (ofPair.Any(r => r.FromDelegateId == strongest.FromDelegateId))
                        continue;
                    var request = MeetingRequest.Arranged(delegates[strongest.FromDelegateId], delegates[strongest.ToDelegateId],
                        strongest.Level == PreferenceLevel.MustMeet ? MeetingRequest.HighestPriority : 2, now);
                    db.MeetingRequests.Add(request);
                    requests.Add(request);
                    created++;
                    break;
                }
            }
            await db.SaveChangesAsync(ct);
            await writeLock.CommitAsync(ct);
        }
        var (queued, run) = await queue.HandleAsync(actor, timeLimitSeconds, ct);
        return queued.Succeeded ? Outcome.Success(new GeneratedMeetings(wanted, refused, created, accepted, run!.Id)) : queued;
    }
}
