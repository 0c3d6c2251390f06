namespace BioBridge.Features.Messaging;

public sealed record ReminderSettingsItem(int MeetingLeadMinutes, int PendingRequestHours, int AvailabilityDaysBefore, bool NoShowFollowUp)
{
    public static ReminderSettingsItem From(ReminderSettings s) => new(s.MeetingLeadMinutes, s.PendingRequestHours, s.AvailabilityDaysBefore, s.NoShowFollowUp);
}
