namespace BioBridge.Features.Directory;

public sealed record DirectoryHit(string ExternalId, string Name, double Score, IReadOnlyList<string> Matched, IReadOnlyList<string> MatchedConcepts);
