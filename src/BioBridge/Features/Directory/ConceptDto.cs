namespace BioBridge.Features.Directory;

public sealed record ConceptDto(string Code, string Label);
