namespace BioBridge.Features.Cooperation;

public sealed record PipelineBody(string? Name, string? Cluster);
