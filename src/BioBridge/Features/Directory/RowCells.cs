using System.Globalization;

namespace BioBridge.Features.Directory;

/// <summary>One sheet row's cells as the organization parser reads them, and the problems it finds in them.</summary>
sealed class RowCells(SheetRow row, List<ImportProblem> problems)
{
    public void Problem(string column, string message) => problems.Add(new ImportProblem(row.Number, column, message));

    public string Cell(string column) => OrganizationColumns.Unneutralize(row.Get(column));

    public string? Optional(string column) => Cell(column) is { Length: > 0 } v ? v : null;

    public int? Integer(string column, int min, int max, string expected)
    {
        var text = Cell(column);
        if (text.Length == 0)
            return null;
        // Spreadsheets hand numbers over as 2019 or 2019.0; anything else is a typo.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value == Math.Floor(value) && value >= min && value <= max)
            return (int)value;
        Problem(column, $"'{text}' is not {expected}");
        return null;
    }

    public bool Flag(string column, bool missing)
    {
        var text = Cell(column).ToLowerInvariant();
        switch (text)
        {
            case "": return missing;
            case "true" or "yes" or "1": return true;
            case "false" or "no" or "0": return false;
            default:
                Problem(column, $"'{text}' is not true or false");
                return missing;
        }
    }
}
