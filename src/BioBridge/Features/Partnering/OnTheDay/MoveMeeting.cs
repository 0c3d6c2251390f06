using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// An organizer moves a meeting by hand (slot, table or room, interpreter). The move is checked against the same
/// rules as every placement, under the event's write lock, and pins the meeting so that later runs keep it there.
/// </summary>
public sealed class MoveMeeting(AppDb db, PartneringNotifications notifications)
{
    public async Task<Outcome> HandleAsync(PartneringActor actor, int meetingId, MoveInput input, CancellationToken ct)
    {
        if (!actor.IsOrganizer)
            return Outcome.Forbidden(PartneringText.Say("Only organizers move meetings."));
        var eventId = await db.Meetings.Where(m => m.Id == meetingId && m.EventId == actor.Event.Id)
            .Select(m => (int?)m.EventId).SingleOrDefaultAsync(ct);
        if (eventId is null)
            return Outcome.NotFound(PartneringText.Say($"Meeting {meetingId} does not exist."));
        try
        {
            await using var writeLock = await EventWriteLock.AcquireAsync(db, eventId.Value, ct);
            var meeting = await db.Meetings.Include(m => m.Seats).SingleAsync(m => m.Id == meetingId, ct);
            var ids = meeting.Seats.Select(s => s.DelegateId).ToList();
            var delegates = await db.Delegates.Where(d => ids.Contains(d.Id)).OrderBy(d => d.Id).ToListAsync(ct);
            var board = await PlacementBoard.LoadAsync(db, eventId.Value, meetingId, ct);
            var slot = board.Slots.FirstOrDefault(s => s.Code == input.Slot);
            var location = board.Locations.FirstOrDefault(l => l.Code == input.Location);
            var interpreter = input.Interpreter is null ? null : board.Interpreters.FirstOrDefault(i => i.Name == input.Interpreter);
            var errors = new Dictionary<string, string[]>();
            if (slot is null)
                errors["slot"] = [PartneringText.Say($"'{input.Slot}' is not a meeting slot of this event.")];
            if (location is null)
                errors["location"] = [PartneringText.Say($"'{input.Location}' is not a table or room of this event.")];
            if (input.Interpreter is not null && interpreter is null)
                errors["interpreter"] = [PartneringText.Say($"'{input.Interpreter}' is not an interpreter of this event.")];
            if (errors.Count > 0)
                return Outcome.Invalid(errors);
            if (board.Check(delegates[0], delegates[1], meeting.Mode, new Placement(slot!, location!, interpreter)) is { } broken)
                return Outcome.Conflict(broken);
            meeting.MoveTo(slot!.Id, location!.Id, interpreter?.Id);
            meeting.IsFixed = true;
            if (meeting.IsPublished)
            {
                notifications.Add(eventId.Value, delegates[0].Id, NotificationKind.MeetingMoved, delegates[1].DisplayName, meeting.RequestId, meeting.Id);
                notifications.Add(eventId.Value, delegates[1].Id, NotificationKind.MeetingMoved, delegates[0].DisplayName, meeting.RequestId, meeting.Id);
            }
            await db.SaveChangesAsync(ct);
            await writeLock.CommitAsync(ct);
            return Outcome.Ok;
        }
        catch (DbUpdateException e) when (e.IsConstraintViolation())
        {
            // Another node moved a meeting into the same place between our check and our write.
            return Outcome.Conflict(PartneringText.Say("That place was taken a moment ago; look at the schedule again."));
        }
    }
}
