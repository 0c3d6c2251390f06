using BioBridge.Data;
using BioBridge.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Partnering;

/// <summary>
/// Executes one claimed run: builds the instance, solves it with BioBridge.Scheduling while storing its progress and
/// renewing the lease, then replaces the event's unpublished proposal with the new one, under the event's write lock.
/// </summary>
public sealed class RunScheduling(AppDb db, BuildScheduleInstance build, IOptions<PartneringOptions> options, TimeProvider clock,
    ILogger<RunScheduling> log)
{
    static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    public async Task HandleAsync(int runId, string owner, CancellationToken ct)
    {
        var run = await db.SchedulingRuns.SingleAsync(r => r.Id == runId, ct);
        try
        {
            var built = await build.HandleAsync(run.EventId, ct);
            var errors = new List<string>();
            var progress = new LastLineWriter();
            var solveOptions = new SolveOptions { TimeLimitSeconds = run.TimeLimitSeconds, Progress = progress };
            await ReportAsync(runId, owner, $"solving {built.Meetings.Count} meetings ({built.FixedCount} fixed)", ct);
            var solving = Task.Run(() => built.Meetings.Count == 0 ? null : ScheduleSolver.Solve(built.Instance, solveOptions, errors), ct);
            while (!solving.IsCompleted)
            {
                await Task.WhenAny(solving, Task.Delay(ProgressInterval, ct));
                if (!solving.IsCompleted && !await ReportAsync(runId, owner, progress.Last ?? "solving", ct))
                {
                    log.LogWarning("Scheduling run {Run} lost its lease to another node; dropping this node's result", runId);
                    return;
                }
            }
            var report = await solving;
            if (built.Meetings.Count > 0 && report is null)
            {
                await FailAsync(run, "The instance was rejected: " + string.Join("; ", errors.Take(20)), ct);
                return;
            }
            await StoreAsync(run, owner, built, report, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Scheduling run {Run} failed", runId);
            db.ChangeTracker.Clear();
            run = await db.SchedulingRuns.SingleAsync(r => r.Id == runId, CancellationToken.None);
            await FailAsync(run, $"The run failed: {e.Message}", CancellationToken.None);
        }
    }

    /// <summary>Stores the progress line and renews the lease; false when another node has taken the run over.</summary>
    async Task<bool> ReportAsync(int runId, string owner, string line, CancellationToken ct)
    {
        var leaseUntil = clock.GetUtcNow().UtcDateTime.AddSeconds(options.Value.LeaseSeconds);
        var text = line.Length > SchedulingRun.MaxProgressLength ? line[..SchedulingRun.MaxProgressLength] : line;
        return await db.SchedulingRuns.Where(r => r.Id == runId && r.LeaseOwner == owner && r.Status == RunStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Progress, text).SetProperty(r => r.LeaseExpiresAt, leaseUntil), ct) == 1;
    }

    async Task FailAsync(SchedulingRun run, string error, CancellationToken ct)
    {
        run.Fail(error, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    async Task StoreAsync(SchedulingRun run, string owner, PartneringInstance built, SolveReport? report, CancellationToken ct)
    {
        await using var writeLock = await EventWriteLock.AcquireAsync(db, run.EventId, ct);
        // Under the lock, so a node whose lease ran out while it solved cannot store next to the node that took over.
        if (!await db.SchedulingRuns.AnyAsync(r => r.Id == run.Id && r.LeaseOwner == owner && r.Status == RunStatus.Running, ct))
        {
            log.LogWarning("Scheduling run {Run} was taken over by another node; dropping this node's result", run.Id);
            return;
        }
        // The previous proposal goes; published and pinned meetings stay (the solver kept them where they are).
        var stale = db.Meetings.Where(m => m.EventId == run.EventId && !m.IsPublished && !m.IsFixed);
        await db.MeetingSeats.Where(s => stale.Any(m => m.Id == s.MeetingId)).ExecuteDeleteAsync(ct);
        await stale.ExecuteDeleteAsync(ct);

        // Requests may have been cancelled while the solver ran: only pairs still accepted get a meeting.
        var stillAccepted = (await db.MeetingRequests.Where(r => r.EventId == run.EventId && r.Status == RequestStatus.Accepted)
            .Select(r => new { r.FromDelegateId, r.ToDelegateId }).ToListAsync(ct))
            .Select(r => (Math.Min(r.FromDelegateId, r.ToDelegateId), Math.Max(r.FromDelegateId, r.ToDelegateId))).ToHashSet();
        var placed = 0;
        foreach (var assignment in report?.Result.Assignments ?? [])
        {
            var pair = built.Meetings[assignment.Meeting!];
            if (pair.Kept is not null || !stillAccepted.Contains((pair.FirstDelegateId, pair.SecondDelegateId)))
                continue;
            db.Meetings.Add(Meeting.Place(run.EventId, pair.KeyRequestId, [pair.FirstDelegateId, pair.SecondDelegateId], pair.Mode,
                built.Slots[assignment.Slot!].Id, built.Locations[assignment.Location!].Id,
                assignment.Interpreter is { } i ? built.Interpreters[i].Id : null, run.Id));
            placed++;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsConstraintViolation())
        {
            await writeLock.DisposeAsync();
            db.ChangeTracker.Clear();
            var again = await db.SchedulingRuns.SingleAsync(r => r.Id == run.Id, ct);
            await FailAsync(again, "The schedule changed while the solver ran (a meeting was placed by hand or on acceptance). Run again.", ct);
            return;
        }

        var figures = report?.Check.Figures;
        run.Succeed(new SchedulingFigures(
            report?.SolverUsed ?? "none (no accepted requests)",
            built.Meetings.Count, built.FixedCount, figures?.ScheduledMeetings ?? 0, figures?.TotalWeight ?? 0, figures?.ScheduledWeight ?? 0,
            report?.UpperBound, figures?.Breaks ?? 0, figures?.MaxBreaksOfOneParticipant ?? 0, figures?.WorstServedShare ?? 1,
            (report?.Result.Unscheduled ?? []).Select(m => built.Meetings[m].KeyRequestId).ToList()), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await writeLock.CommitAsync(ct);
        log.LogInformation("Scheduling run {Run}: {Placed} new meetings proposed", run.Id, placed);
    }
}
