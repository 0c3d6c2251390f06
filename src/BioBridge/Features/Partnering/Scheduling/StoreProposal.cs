using BioBridge.Data;
using BioBridge.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// Stores a solved run as the event's new proposal, in one transaction under the event's write lock: the previous
/// unpublished proposal goes, the solver's placements come in (in bulk, <see cref="MeetingRows"/>), the run's figures
/// are set. A placement that collides with a meeting placed while the solver ran fails the run and keeps everything as
/// it was, the previous proposal included.
/// </summary>
public sealed class StoreProposal(AppDb db, TimeProvider clock, ILogger<StoreProposal> log)
{
    /// <summary>Stores the run's outcome; false when another node has taken the run over.</summary>
    public async Task<bool> HandleAsync(SchedulingRun run, string owner, PartneringInstance built, SolveReport? report, CancellationToken ct)
    {
        await using var writeLock = await EventWriteLock.AcquireAsync(db, run.EventId, ct);
        // Under the lock, so a node whose lease ran out while it solved cannot store next to the node that took over.
        if (!await db.SchedulingRuns.AnyAsync(r => r.Id == run.Id && r.LeaseOwner == owner && r.Status == RunStatus.Running, ct))
        {
            log.LogWarning("Scheduling run {Run} was taken over by another node; dropping this node's result", run.Id);
            return false;
        }
        // The previous proposal goes; published and pinned meetings stay (the solver kept them where they are).
        var stale = db.Meetings.Where(m => m.EventId == run.EventId && !m.IsPublished && !m.IsFixed);
        await db.MeetingSeats.Where(s => stale.Any(m => m.Id == s.MeetingId)).ExecuteDeleteAsync(ct);
        await stale.ExecuteDeleteAsync(ct);

        var proposed = await ProposedAsync(run, built, report, ct);
        try
        {
            await MeetingRows.InsertAsync(db, proposed, ct);
        }
        catch (System.Data.Common.DbException e) when (e.IsConstraintViolation())
        {
            await writeLock.DisposeAsync();
            db.ChangeTracker.Clear();
            var again = await db.SchedulingRuns.SingleAsync(r => r.Id == run.Id, ct);
            again.Fail(RunFailure.Conflict, null, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return true;
        }

        var figures = report?.Check.Figures;
        run.Succeed(new SchedulingFigures(
            report?.SolverUsed,
            built.Meetings.Count, built.FixedCount, figures?.ScheduledMeetings ?? 0, figures?.TotalWeight ?? 0, figures?.ScheduledWeight ?? 0,
            report?.UpperBound, figures?.Breaks ?? 0, figures?.MaxBreaksOfOneParticipant ?? 0, figures?.WorstServedShare ?? 1,
            (report?.Result.Unscheduled ?? []).Select(m => built.Meetings[m].KeyRequestId).ToList()), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await writeLock.CommitAsync(ct);
        log.LogInformation("Scheduling run {Run}: {Placed} new meetings proposed", run.Id, proposed.Count);
        return true;
    }

    /// <summary>The solver's placements of pairs not kept from earlier; requests may have been cancelled while the
    /// solver ran, so only pairs still accepted get a meeting.</summary>
    async Task<List<Meeting>> ProposedAsync(SchedulingRun run, PartneringInstance built, SolveReport? report, CancellationToken ct)
    {
        var stillAccepted = (await db.MeetingRequests.AsNoTracking().Where(r => r.EventId == run.EventId && r.Status == RequestStatus.Accepted)
            .Select(r => new { r.FromDelegateId, r.ToDelegateId }).ToListAsync(ct))
            .Select(r => (Math.Min(r.FromDelegateId, r.ToDelegateId), Math.Max(r.FromDelegateId, r.ToDelegateId))).ToHashSet();
        return (report?.Result.Assignments ?? [])
            .Select(assignment => (Assignment: assignment, Pair: built.Meetings[assignment.Meeting!]))
            .Where(a => a.Pair.Kept is null && stillAccepted.Contains((a.Pair.FirstDelegateId, a.Pair.SecondDelegateId)))
            .Select(a => Meeting.Place(run.EventId, a.Pair.KeyRequestId, [a.Pair.FirstDelegateId, a.Pair.SecondDelegateId], a.Pair.Mode,
                built.Slots[a.Assignment.Slot!].Id, built.Locations[a.Assignment.Location!].Id,
                a.Assignment.Interpreter is { } i ? built.Interpreters[i].Id : null, run.Id))
            .ToList();
    }
}
