namespace BioBridge.Features.Directory;

public sealed record ImportProgress(string Phase, int Done, int Total);
