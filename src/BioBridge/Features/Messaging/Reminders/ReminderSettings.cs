namespace BioBridge.Features.Messaging;

/// <summary>
/// When an event's reminders go out; 0 turns a kind off. An event without a row uses the defaults: 30 minutes
/// before each meeting, requests unanswered for a day, availability three days before the event, no-show follow-ups on.
/// </summary>
public sealed class ReminderSettings
{
    public const int MaxLeadMinutes = 24 * 60;
    public const int MaxPendingHours = 14 * 24;
    public const int MaxAvailabilityDays = 60;

    public int EventId { get; private set; }
    public int MeetingLeadMinutes { get; private set; } = 30;
    public int PendingRequestHours { get; private set; } = 24;
    public int AvailabilityDaysBefore { get; private set; } = 3;
    public bool NoShowFollowUp { get; private set; } = true;

    public static ReminderSettings DefaultFor(int eventId) => new() { EventId = eventId };

    /// <summary>Applies the given fields (absent ones stay) after checking all of them; nothing changes on an error.</summary>
    public Outcome Change(ReminderSettingsInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.MeetingLeadMinutes is < 0 or > MaxLeadMinutes)
            errors["meetingLeadMinutes"] = [MessagingText.Say($"The lead time before a meeting is 0 (off) to {MaxLeadMinutes} minutes.")];
        if (input.PendingRequestHours is < 0 or > MaxPendingHours)
            errors["pendingRequestHours"] = [MessagingText.Say($"A request is reminded after 0 (off) to {MaxPendingHours} hours without an answer.")];
        if (input.AvailabilityDaysBefore is < 0 or > MaxAvailabilityDays)
            errors["availabilityDaysBefore"] = [MessagingText.Say($"Availability is asked 0 (off) to {MaxAvailabilityDays} days before the event.")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);
        MeetingLeadMinutes = input.MeetingLeadMinutes ?? MeetingLeadMinutes;
        PendingRequestHours = input.PendingRequestHours ?? PendingRequestHours;
        AvailabilityDaysBefore = input.AvailabilityDaysBefore ?? AvailabilityDaysBefore;
        NoShowFollowUp = input.NoShowFollowUp ?? NoShowFollowUp;
        return Outcome.Ok;
    }
}
