namespace BioBridge.Features.Directory;

public sealed record FacetCount(string Value, string Label, int Count);
