namespace BioBridge.Features.Partnering;

public enum NotificationKind
{
    RequestReceived, RequestAccepted, RequestDeclined, MeetingScheduled, SchedulePublished, MeetingMoved,
    // Written by Features/Reminders and by organizer broadcasts (Features/Messaging).
    MeetingSoon, RequestAwaitingAnswer, ConfirmAvailability, NoShowFollowUp, OrganizerMessage,
}
