namespace BioBridge.Features.Cooperation;

public sealed record CommitmentResponse(int Id, string Title, string Owner, string? OwnerCluster, DateOnly DueOn, DateOnly? CompletedOn, string Status, bool OnTime, bool IsSample);
