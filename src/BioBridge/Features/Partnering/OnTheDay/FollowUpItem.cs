using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using Microsoft.Extensions.Localization;
using BioBridge.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

public sealed record FollowUpItem(int MeetingId, int DelegateId, bool Happened, string NextStepInterest, string OutcomeType, string? Note,
    DateTime SubmittedAt)
{
    public static FollowUpItem From(MeetingFollowUp f) => new(f.MeetingId, f.DelegateId, f.Happened, f.NextStepInterest, f.OutcomeType, f.Note, f.SubmittedAt);
}
