namespace BioBridge.Features.Partnering;

/// <summary>
/// Something a delegate should know: written in the same transaction as the change it reports, shown in the app to
/// whoever acts for the delegate, and sent by e-mail from this table (an outbox) when SMTP is configured.
/// </summary>
public sealed class Notification
{
    /// <summary>One line saying what the notification is about, clipped.</summary>
    public const int MaxAboutLength = 200;

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
