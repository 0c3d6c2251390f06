namespace BioBridge.Features.Cooperation;

public sealed record MilestoneBody(string? Title, DateOnly? DueOn, DateOnly? ReachedOn);
