namespace BioBridge.Features.Cooperation;

public sealed record PipelineResponse(int Id, string Cluster, string Name, bool IsSample, IReadOnlyList<EntryResponse> Entries);
