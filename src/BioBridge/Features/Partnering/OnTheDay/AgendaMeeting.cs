namespace BioBridge.Features.Partnering;

/// <summary>FollowUp is the delegate's own side's follow-up of the meeting, once they sent it.</summary>
public sealed record AgendaMeeting(int MeetingId, DateOnly Day, TimeOnly Start, TimeOnly End, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string Location, string LocationKind, string? LocationUrl, DelegateItem Partner, string? Interpreter, string Mode, string Status,
    FollowUpItem? FollowUp);
