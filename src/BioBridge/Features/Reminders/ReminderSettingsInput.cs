using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Reminders;

public sealed record ReminderSettingsInput(int? MeetingLeadMinutes, int? PendingRequestHours, int? AvailabilityDaysBefore, bool? NoShowFollowUp);
