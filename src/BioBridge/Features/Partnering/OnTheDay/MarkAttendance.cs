using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>On the day: the desk checks delegates in and marks meetings as held or as a no-show.</summary>
public sealed class MarkAttendance(AppDb db, TimeProvider clock)
{
    public async Task<Outcome> CheckInAsync(PartneringActor actor, int delegateId, CancellationToken ct)
    {
        var found = await db.Delegates.SingleOrDefaultAsync(d => d.Id == delegateId && d.EventId == actor.Event.Id, ct);
        if (found is null)
            return Outcome.NotFound(PartneringText.Say($"Delegate {delegateId} is not registered for this event."));
        if (!actor.IsOrganizer)
            return Outcome.Forbidden(PartneringText.Say("The organizers' desk checks delegates in."));
        var outcome = found.CheckIn(clock.GetUtcNow().UtcDateTime);
        if (outcome.Succeeded)
            await db.SaveChangesAsync(ct);
        return outcome;
    }

    /// <summary>Either participant's side or an organizer says whether a published meeting took place.</summary>
    public async Task<Outcome> MarkMeetingAsync(PartneringActor actor, int meetingId, MeetingStatus status, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.Seats)
            .SingleOrDefaultAsync(m => m.Id == meetingId && m.EventId == actor.Event.Id, ct);
        if (meeting is null)
            return Outcome.NotFound(PartneringText.Say($"Meeting {meetingId} does not exist."));
        var ids = meeting.Seats.Select(s => s.DelegateId).ToList();
        var participants = await db.Delegates.Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        if (!participants.Any(actor.CanActFor))
            return Outcome.Forbidden(PartneringText.Say("Only the participants and the organizers mark a meeting."));
        var outcome = meeting.Mark(status);
        if (outcome.Succeeded)
            await db.SaveChangesAsync(ct);
        return outcome;
    }
}
