namespace BioBridge.Features.Cooperation;

public sealed record CommitmentBody(string? Title, string? Owner, string? OwnerCluster, DateOnly? DueOn, DateOnly? CompletedOn);
