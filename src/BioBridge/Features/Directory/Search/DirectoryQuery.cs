namespace BioBridge.Features.Directory;

public sealed record DirectoryQuery(
    string? Text,
    string? Cluster = null,
    string? Sector = null,
    string? Region = null,
    string? Kind = null,
    int Skip = 0,
    int Take = 20,
    bool IncludeUnpublished = false);
