using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using Microsoft.Extensions.Localization;
using BioBridge.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>FollowUp is the delegate's own side's follow-up of the meeting, once they sent it.</summary>
public sealed record AgendaMeeting(int MeetingId, DateOnly Day, TimeOnly Start, TimeOnly End, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string Location, string LocationKind, string? LocationUrl, DelegateItem Partner, string? Interpreter, string Mode, string Status,
    FollowUpItem? FollowUp);
