namespace BioBridge.Features.Directory;

public sealed record PartnerSuggestion(string ExternalId, string Name, double Score, IReadOnlyList<string> Reasons);
