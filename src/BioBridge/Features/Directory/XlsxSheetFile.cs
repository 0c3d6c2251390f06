using System.Globalization;
using ClosedXML.Excel;
using Microsoft.Extensions.Localization;

namespace BioBridge.Features.Directory;

/// <summary>The first sheet of a workbook (ClosedXML reads a workbook whole; the sheet is walked row by row).</summary>
sealed class XlsxSheetFile : SheetFile
{
    readonly XLWorkbook? workbook;
    readonly IStringLocalizer text;
    readonly IXLWorksheet? sheet;
    readonly string[] header = [];
    readonly int lastRow;

    XlsxSheetFile(XLWorkbook? workbook, string? problem, IStringLocalizer text)
    {
        this.workbook = workbook;
        this.text = text;
        if (problem is not null)
        {
            Problems.Add(new ImportProblem(0, null, problem));
            return;
        }
        sheet = workbook!.Worksheets.FirstOrDefault();
        if (sheet is null)
        {
            Problems.Add(new ImportProblem(0, null, text["import:no-sheet"]));
            return;
        }
        var used = sheet.RangeUsed();
        if (used is null)
        {
            Problems.Add(new ImportProblem(0, null, text["import:empty"]));
            return;
        }
        lastRow = used.LastRow().RowNumber();
        header = Record(1, used.LastColumn().ColumnNumber()).Select(h => h.Trim()).ToArray();
    }

    public static XlsxSheetFile Open(Stream content, IStringLocalizer text)
    {
        try
        {
            return new XlsxSheetFile(new XLWorkbook(content), null, text);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or FormatException
            or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            return new XlsxSheetFile(null, text["import:not-xlsx"], text);
        }
    }

    public override IReadOnlyList<string> Header => header;

    public override IEnumerable<SheetRow> Rows()
    {
        if (sheet is null || header.Length == 0)
            yield break;
        var lastColumn = sheet.RangeUsed()!.LastColumn().ColumnNumber();
        for (var r = 2; r <= lastRow; r++)
            if (OrganizationSheet.ToRow(header, Record(r, lastColumn), r, Problems, text) is { } row)
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
