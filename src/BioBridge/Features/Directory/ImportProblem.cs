namespace BioBridge.Features.Directory;

/// <summary>A problem found in an import file: row 0 means the file or its header.</summary>
public sealed record ImportProblem(int Row, string? Column, string Message)
{
    /// <summary>The problem as one line in the reader's language, as the import command prints it.</summary>
    public override string ToString() => Row == 0
        ? (Column is null ? Message : DirectoryText.Say($"column '{Column}': {Message}"))
        : Column is null ? DirectoryText.Say($"row {Row}: {Message}") : DirectoryText.Say($"row {Row}, column '{Column}': {Message}");
}
