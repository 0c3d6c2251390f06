namespace BioBridge.Features.Messaging;

public sealed record ReminderSettingsInput(int? MeetingLeadMinutes, int? PendingRequestHours, int? AvailabilityDaysBefore, bool? NoShowFollowUp);
