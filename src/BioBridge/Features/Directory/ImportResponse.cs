namespace BioBridge.Features.Directory;

public sealed record ImportResponse(string File, bool Accepted, bool DryRun, int Rows, int Created, int Updated, int Unchanged,
    IReadOnlyList<ImportProblem> Problems);
