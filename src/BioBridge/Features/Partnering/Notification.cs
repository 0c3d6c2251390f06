using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Partnering;

public enum NotificationKind
{
    RequestReceived, RequestAccepted, RequestDeclined, MeetingScheduled, SchedulePublished, MeetingMoved,
    // Written by Features/Reminders and by organizer broadcasts (Features/Messaging).
    MeetingSoon, RequestAwaitingAnswer, ConfirmAvailability, NoShowFollowUp, OrganizerMessage,
}

/// <summary>
/// Something a delegate should know: written in the same transaction as the change it reports, shown in the app to
/// whoever acts for the delegate, and sent by e-mail from this table (an outbox) when SMTP is configured.
/// </summary>
public sealed class Notification
{
    public int Id { get; private set; }
    public int EventId { get; set; }
    public int DelegateId { get; set; }
    public NotificationKind Kind { get; set; }
    /// <summary>The other side's name, as it was when the notification was written.</summary>
    public string? About { get; set; }
    public int? RequestId { get; set; }
    public int? MeetingId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
    public DateTime? EmailedAt { get; set; }
    public int EmailAttempts { get; set; }
}

sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.About).HasMaxLength(200);
        builder.HasIndex(n => new { n.DelegateId, n.Id });
        builder.HasIndex(n => new { n.EmailedAt, n.Id });
        builder.HasOne<Event>().WithMany().HasForeignKey(n => n.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<EventDelegate>().WithMany().HasForeignKey(n => n.DelegateId).OnDelete(DeleteBehavior.Cascade);
    }
}

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
