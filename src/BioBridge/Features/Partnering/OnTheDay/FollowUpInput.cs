namespace BioBridge.Features.Partnering;

public sealed record FollowUpInput(bool? Happened, string? NextStepInterest, string? OutcomeType, string? Note);
