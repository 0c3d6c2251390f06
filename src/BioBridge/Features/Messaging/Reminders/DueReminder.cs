using BioBridge.Features.Partnering;

namespace BioBridge.Features.Messaging;

/// <summary>A reminder whose time has come, for one delegate, under the key that makes it unique.</summary>
public sealed record DueReminder(string Key, int EventId, int DelegateId, NotificationKind Kind, string About, int? RequestId = null,
    int? MeetingId = null);
