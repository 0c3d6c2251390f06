namespace BioBridge.Features.Cooperation;

public sealed record MilestoneResponse(string Title, DateOnly DueOn, DateOnly? ReachedOn);
