using BioBridge.Features.Directory;

namespace BioBridge.Features.Cooperation;

public sealed record PartyResponse(string Kind, LocalizedDto Name, string? Cluster);
