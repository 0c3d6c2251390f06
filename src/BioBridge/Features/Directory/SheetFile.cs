namespace BioBridge.Features.Directory;

/// <summary>
/// An organization file opened for reading: its header, and its rows as a sequence that can be read again from the
/// start. Problems of the file itself (not UTF-8, malformed CSV, unreadable workbook) collect in <see cref="Problems"/>
/// as reading meets them.
/// </summary>
public abstract class SheetFile : IDisposable
{
    public List<ImportProblem> Problems { get; } = [];

    public abstract IReadOnlyList<string> Header { get; }

    /// <summary>The data rows, from the first after the header; each call starts again from the top.</summary>
    public abstract IEnumerable<SheetRow> Rows();

    public virtual void Dispose() => GC.SuppressFinalize(this);

    public static SheetFile Unreadable(string message)
    {
        var file = new EmptySheetFile();
        file.Problems.Add(new ImportProblem(0, null, message));
        return file;
    }

    sealed class EmptySheetFile : SheetFile
    {
        public override IReadOnlyList<string> Header => [];
        public override IEnumerable<SheetRow> Rows() => [];
    }
}
