using System.Diagnostics;
using BioBridge.Data;
using BioBridge.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Partnering;

/// <summary>
/// Executes one claimed run: builds the instance, solves it with BioBridge.Scheduling while storing its progress and
/// renewing the lease, then replaces the event's unpublished proposal with the new one, under the event's write lock.
/// </summary>
public sealed class RunScheduling(AppDb db, BuildScheduleInstance build, StoreProposal store, IOptions<PartneringOptions> options,
    TimeProvider clock, ILogger<RunScheduling> log)
{
    static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    /// <summary>Runs it; the phases' times when this node stored the run's outcome, null when another node took it over.</summary>
    public async Task<RunPhases?> HandleAsync(int runId, string owner, CancellationToken ct)
    {
        var run = await db.SchedulingRuns.SingleAsync(r => r.Id == runId, ct);
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        try
        {
            var built = await build.HandleAsync(run.EventId, ct);
            var buildSeconds = watch.Elapsed.TotalSeconds;
            var buildCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var errors = new List<string>();
            var progress = new LastLineWriter();
            var solveOptions = new SolveOptions { TimeLimitSeconds = run.TimeLimitSeconds, Progress = progress };
            await ReportAsync(runId, owner, built, null, ct);
            var solving = Task.Run(() => built.Meetings.Count == 0 ? null : ScheduleSolver.Solve(built.Instance, solveOptions, errors), ct);
            while (!solving.IsCompleted)
            {
                await Task.WhenAny(solving, Task.Delay(ProgressInterval, ct));
                if (!solving.IsCompleted && !await ReportAsync(runId, owner, built, progress.Last, ct))
                {
                    log.LogWarning("Scheduling run {Run} lost its lease to another node; dropping this node's result", runId);
                    return null;
                }
            }
            var report = await solving;
            var solveSeconds = watch.Elapsed.TotalSeconds - buildSeconds;
            if (built.Meetings.Count > 0 && report is null)
            {
                await FailAsync(run, RunFailure.Rejected, string.Join("; ", errors.Take(20)), ct);
                return new RunPhases(buildSeconds, solveSeconds, 0, buildCpuSeconds, 0);
            }
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            if (!await store.HandleAsync(run, owner, built, report, ct))
                return null;
            var phases = new RunPhases(buildSeconds, solveSeconds, watch.Elapsed.TotalSeconds - buildSeconds - solveSeconds, buildCpuSeconds,
                (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
            log.LogInformation("Scheduling run {Run}: instance built in {Build:0.0} s ({BuildCpu:0.0} s CPU), solved in {Solve:0.0} s, " +
                "stored in {Store:0.0} s ({StoreCpu:0.0} s CPU)",
                runId, phases.BuildSeconds, phases.BuildCpuSeconds, phases.SolveSeconds, phases.StoreSeconds, phases.StoreCpuSeconds);
            return phases;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Scheduling run {Run} failed", runId);
            db.ChangeTracker.Clear();
            run = await db.SchedulingRuns.SingleAsync(r => r.Id == runId, CancellationToken.None);
            await FailAsync(run, RunFailure.Crashed, e.Message, CancellationToken.None);
            return null;
        }
    }

    /// <summary>
    /// Stores the solving step with the instance's counts and the solver's latest line, and renews the lease; false when
    /// another node has taken the run over.
    /// </summary>
    async Task<bool> ReportAsync(int runId, string owner, PartneringInstance built, string? solverLine, CancellationToken ct)
    {
        var leaseUntil = clock.GetUtcNow().UtcDateTime.AddSeconds(options.Value.LeaseSeconds);
        var text = SchedulingRun.Stored(RunStep.Solving, solverLine);
        var (total, fixedCount) = (built.Meetings.Count, built.FixedCount);
        return await db.SchedulingRuns.Where(r => r.Id == runId && r.LeaseOwner == owner && r.Status == RunStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Progress, text).SetProperty(r => r.LeaseExpiresAt, leaseUntil)
                .SetProperty(r => r.TotalMeetings, total).SetProperty(r => r.FixedMeetings, fixedCount), ct) == 1;
    }

    async Task FailAsync(SchedulingRun run, RunFailure failure, string detail, CancellationToken ct)
    {
        run.Fail(failure, detail, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }
}
