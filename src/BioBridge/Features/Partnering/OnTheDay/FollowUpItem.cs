namespace BioBridge.Features.Partnering;

public sealed record FollowUpItem(int MeetingId, int DelegateId, bool Happened, string NextStepInterest, string OutcomeType, string? Note,
    DateTime SubmittedAt)
{
    public static FollowUpItem From(MeetingFollowUp f) => new(f.MeetingId, f.DelegateId, f.Happened, f.NextStepInterest, f.OutcomeType, f.Note, f.SubmittedAt);
}
