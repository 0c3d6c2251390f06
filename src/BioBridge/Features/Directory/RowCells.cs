using System.Globalization;
using Microsoft.Extensions.Localization;

namespace BioBridge.Features.Directory;

/// <summary>One sheet row's cells as the organization parser reads them, and the problems it finds in them (in the reader's language).</summary>
sealed class RowCells(SheetRow row, List<ImportProblem> problems, IStringLocalizer text)
{
    /// <summary>A problem of a cell: the message of <paramref name="key"/> (Text resources) with its values.</summary>
    public void Problem(string column, string key, params object[] values) => problems.Add(new ImportProblem(row.Number, column, Say(key, values)));

    public string Say(string key, params object[] values) => text[key, values];

    public string Cell(string column) => OrganizationColumns.Unneutralize(row.Get(column));

    public string? Optional(string column) => Cell(column) is { Length: > 0 } v ? v : null;

    public int? Integer(string column, int min, int max, string expected)
    {
        var value = Cell(column);
        if (value.Length == 0)
            return null;
        // Spreadsheets hand numbers over as 2019 or 2019.0; anything else is a typo.
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number == Math.Floor(number) && number >= min && number <= max)
            return (int)number;
        Problem(column, "import:not-expected", value, expected);
        return null;
    }

    public bool Flag(string column, bool missing)
    {
        var value = Cell(column).ToLowerInvariant();
        switch (value)
        {
            case "": return missing;
            case "true" or "yes" or "1": return true;
            case "false" or "no" or "0": return false;
            default:
                Problem(column, "import:flag", value);
                return missing;
        }
    }
}
