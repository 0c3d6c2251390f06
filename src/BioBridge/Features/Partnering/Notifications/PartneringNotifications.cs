namespace BioBridge.Features.Partnering;

/// <summary>Adds notifications to the caller's unit of work, so they are stored exactly when the change is.</summary>
public sealed class PartneringNotifications(Data.AppDb db, TimeProvider clock)
{
    public void Add(int eventId, int delegateId, NotificationKind kind, string? about, int? requestId = null, int? meetingId = null) =>
        db.Notifications.Add(new Notification
        {
            EventId = eventId,
            DelegateId = delegateId,
            Kind = kind,
            About = about,
            RequestId = requestId,
            MeetingId = meetingId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
}
