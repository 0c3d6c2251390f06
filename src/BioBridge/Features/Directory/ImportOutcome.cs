namespace BioBridge.Features.Directory;

public sealed record ImportOutcome(
    string FileName,
    int Rows,
    int Created,
    int Updated,
    int Unchanged,
    bool DryRun,
    IReadOnlyList<ImportProblem> Problems)
{
    public bool Accepted => Problems.Count == 0;
}
