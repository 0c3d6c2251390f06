using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// One side of a published meeting says, in a minute, how it went: whether it happened, interest in next steps
/// (none, maybe, yes) and the kind of cooperation in view. Sending again edits that side's answer. A side that
/// says the meeting happened marks a still-scheduled meeting held, as the Held button would.
/// </summary>
public sealed class SubmitFollowUp(AppDb db, TimeProvider clock)
{
    public async Task<Outcome<MeetingFollowUp>> HandleAsync(PartneringActor actor, int meetingId,
        int delegateId, FollowUpInput input, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.Seats)
            .SingleOrDefaultAsync(m => m.Id == meetingId && m.EventId == actor.Event.Id, ct);
        if (meeting is null || !meeting.IsPublished)
            return Outcome.NotFound(PartneringText.Say($"Meeting {meetingId} is not a published meeting of this event."));
        if (meeting.Seats.All(s => s.DelegateId != delegateId))
            return Outcome.Invalid("delegateId", PartneringText.Say($"Delegate {delegateId} is not a side of meeting {meetingId}."));
        var side = await db.Delegates.SingleAsync(d => d.Id == delegateId, ct);
        if (!actor.CanActFor(side))
            return actor.Forbidden(side);

        var errors = new Dictionary<string, string[]>();
        if (input.Happened is not { } happened)
        {
            errors["happened"] = [PartneringText.Say("Say whether the meeting happened (true or false).")];
            happened = false;
        }
        var interest = input.NextStepInterest?.Trim().ToLowerInvariant() ?? "none";
        if (!MeetingFollowUp.Interests.Contains(interest))
            errors["nextStepInterest"] = [PartneringText.Say($"'{input.NextStepInterest}' is not an interest; use {string.Join(", ", MeetingFollowUp.Interests)}.")];
        var outcomeType = input.OutcomeType?.Trim().ToLowerInvariant() ?? "none";
        if (!MeetingFollowUp.OutcomeTypes.Contains(outcomeType))
            errors["outcomeType"] = [PartneringText.Say($"'{input.OutcomeType}' is not an outcome type; use {string.Join(", ", MeetingFollowUp.OutcomeTypes)}.")];
        if (input.Happened == false && (interest != "none" || outcomeType != "none"))
            errors["nextStepInterest"] = [PartneringText.Say("A meeting that did not happen has no next steps: interest and outcome type are none.")];
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (note?.Length > MeetingFollowUp.NoteLimit)
            errors["note"] = [PartneringText.Say($"The note has at most {MeetingFollowUp.NoteLimit} characters.")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);

        var followUp = await db.MeetingFollowUps.SingleOrDefaultAsync(f => f.MeetingId == meetingId && f.DelegateId == delegateId, ct);
        if (followUp is null)
        {
            followUp = new MeetingFollowUp { MeetingId = meetingId, DelegateId = delegateId };
            db.MeetingFollowUps.Add(followUp);
        }
        followUp.Happened = happened;
        followUp.NextStepInterest = interest;
        followUp.OutcomeType = outcomeType;
        followUp.Note = note;
        followUp.SubmittedAt = clock.GetUtcNow().UtcDateTime;
        if (happened && meeting.Status == MeetingStatus.Scheduled)
            meeting.Mark(MeetingStatus.Held);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsConstraintViolation())
        {
            // The same side sent twice at once; the unique index kept one answer, which they can edit.
            return Outcome.Conflict(PartneringText.Say("This follow-up was sent a moment ago from elsewhere; reload and edit it."));
        }
        return Outcome.Success(followUp);
    }
}
