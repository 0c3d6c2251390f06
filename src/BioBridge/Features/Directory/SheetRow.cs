namespace BioBridge.Features.Directory;

/// <summary>One data row of an organization file; <see cref="Number"/> counts as a spreadsheet does (header = 1).</summary>
public sealed record SheetRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    public string Get(string column) => Cells.TryGetValue(column, out var v) ? v : "";
}
