namespace BioBridge.Features.Reviews;

public sealed record PanelReviewer(string Email, string Name, string? Cluster);
