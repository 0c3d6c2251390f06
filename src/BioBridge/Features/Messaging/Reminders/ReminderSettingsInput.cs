using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Messaging;

public sealed record ReminderSettingsInput(int? MeetingLeadMinutes, int? PendingRequestHours, int? AvailabilityDaysBefore, bool? NoShowFollowUp);
