namespace BioBridge.Features.Directory;

/// <summary>A problem found in an import file: row 0 means the file or its header.</summary>
public sealed record ImportProblem(int Row, string? Column, string Message)
{
    public override string ToString() => Row == 0
        ? (Column is null ? Message : $"column '{Column}': {Message}")
        : Column is null ? $"row {Row}: {Message}" : $"row {Row}, column '{Column}': {Message}";
}
