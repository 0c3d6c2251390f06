using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Partnering;

/// <summary>An organizer asks for a scheduling run; a node's <see cref="SchedulingWorker"/> takes it in the background.</summary>
public sealed class QueueSchedulingRun(AppDb db, SchedulingSignal signal, IOptions<PartneringOptions> options, TimeProvider clock)
{
    public const double MaxTimeLimitSeconds = 600;

    public async Task<Outcome<SchedulingRun>> HandleAsync(PartneringActor actor, double? timeLimitSeconds,
        CancellationToken ct)
    {
        if (!actor.IsOrganizer)
            return Outcome.Forbidden(PartneringText.Say("Only organizers run the scheduler."));
        var eventId = await db.Events.Where(e => e.Id == actor.Event.Id).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        if (eventId is null)
            return actor.Event.Missing();
        var seconds = timeLimitSeconds ?? options.Value.SolverSeconds;
        if (seconds is < 0.1 or > MaxTimeLimitSeconds)
            return Outcome.Invalid("timeLimitSeconds", PartneringText.Say($"The solver time is 0.1 to {MaxTimeLimitSeconds:0} seconds."));
        if (await db.SchedulingRuns.AnyAsync(r => r.EventId == eventId && (r.Status == RunStatus.Queued || r.Status == RunStatus.Running), ct))
            return Outcome.Conflict(PartneringText.Say("A scheduling run of this event is already queued or running."));
        var run = new SchedulingRun
        {
            EventId = eventId.Value,
            TimeLimitSeconds = seconds,
            RequestedByUserId = actor.User.Id,
            RequestedAt = clock.GetUtcNow().UtcDateTime,
            Progress = SchedulingRun.Stored(RunStep.Queued),
        };
        db.SchedulingRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsConstraintViolation())
        {
            // Two organizers at once: the filtered unique index lets one run in.
            return Outcome.Conflict(PartneringText.Say("A scheduling run of this event is already queued or running."));
        }
        signal.Wake();
        return Outcome.Success(run);
    }
}
