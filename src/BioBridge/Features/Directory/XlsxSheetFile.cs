using System.Globalization;
using ClosedXML.Excel;

namespace BioBridge.Features.Directory;

/// <summary>The first sheet of a workbook (ClosedXML reads a workbook whole; the sheet is walked row by row).</summary>
sealed class XlsxSheetFile : SheetFile
{
    readonly XLWorkbook? workbook;
    readonly IXLWorksheet? sheet;
    readonly string[] header = [];
    readonly int lastRow;

    XlsxSheetFile(XLWorkbook? workbook, string? problem)
    {
        this.workbook = workbook;
        if (problem is not null)
        {
            Problems.Add(new ImportProblem(0, null, problem));
            return;
        }
        sheet = workbook!.Worksheets.FirstOrDefault();
        if (sheet is null)
        {
            Problems.Add(new ImportProblem(0, null, "the workbook has no sheet"));
            return;
        }
        var used = sheet.RangeUsed();
        if (used is null)
        {
            Problems.Add(new ImportProblem(0, null, "the file is empty: a header row is required"));
            return;
        }
        lastRow = used.LastRow().RowNumber();
        header = Record(1, used.LastColumn().ColumnNumber()).Select(h => h.Trim()).ToArray();
    }

    public static XlsxSheetFile Open(Stream content)
    {
        try
        {
            return new XlsxSheetFile(new XLWorkbook(content), null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or FormatException
            or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            return new XlsxSheetFile(null, "the file is not a readable .xlsx workbook");
        }
    }

    public override IReadOnlyList<string> Header => header;

    public override IEnumerable<SheetRow> Rows()
    {
        if (sheet is null || header.Length == 0)
            yield break;
        var lastColumn = sheet.RangeUsed()!.LastColumn().ColumnNumber();
        for (var r = 2; r <= lastRow; r++)
            if (OrganizationSheet.ToRow(header, Record(r, lastColumn), r, Problems) is { } row)
                yield return row;
    }

    string[] Record(int rowNumber, int lastColumn)
    {
        var row = sheet!.Row(rowNumber);
        var cells = new string[lastColumn];
        for (var c = 1; c <= lastColumn; c++)
            cells[c - 1] = CellText(row.Cell(c));
        return cells;
    }

    static string CellText(IXLCell cell) => cell.DataType switch
    {
        XLDataType.Number => cell.GetDouble().ToString(CultureInfo.InvariantCulture),
        _ => cell.GetString(),
    };

    public override void Dispose()
    {
        workbook?.Dispose();
        base.Dispose();
    }
}
