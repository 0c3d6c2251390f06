using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;

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

/// <summary>UTF-8 CSV (RFC 4180), decoded strictly and streamed.</summary>
sealed class CsvSheetFile : SheetFile
{
    readonly Stream content;
    readonly long start;
    readonly string[] header;
    bool headerRead;

    public CsvSheetFile(Stream content)
    {
        this.content = content;
        start = content.CanSeek ? content.Position : 0;
        using var records = Records().GetEnumerator();
        header = records.MoveNext() ? records.Current.Record.Select(h => h.Trim()).ToArray() : [];
        headerRead = true;
        if (header.Length == 0 && Problems.Count == 0)
            Problems.Add(new ImportProblem(0, null, "the file is empty: a header row is required"));
    }

    public override IReadOnlyList<string> Header => header;

    public override IEnumerable<SheetRow> Rows()
    {
        if (header.Length == 0)
            yield break;
        foreach (var (number, record) in Records().Skip(1))
            if (OrganizationSheet.ToRow(header, record, number, Problems) is { } row)
                yield return row;
    }

    IEnumerable<(int Number, string[] Record)> Records()
    {
        if (content.CanSeek)
            content.Position = start;
        else if (headerRead)
            throw new InvalidOperationException("a CSV from a stream that cannot seek is read once; copy it to a file first");
        var text = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false,
            bufferSize: 1 << 16, leaveOpen: true);
        using var reader = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            BadDataFound = null,
            DetectDelimiter = false,
        });
        var number = 0;
        while (true)
        {
            string[]? record = null;
            var problem = (string?)null;
            try
            {
                if (reader.Read())
                    record = reader.Parser.Record ?? [];
            }
            catch (CsvHelperException e) when (e.InnerException is DecoderFallbackException)
            {
                problem = "the file is not UTF-8 text; save it as CSV UTF-8";
            }
            catch (DecoderFallbackException)
            {
                problem = "the file is not UTF-8 text; save it as CSV UTF-8";
            }
            catch (CsvHelperException e)
            {
                problem = $"the CSV is malformed: {e.Message.Split('\n')[0]}";
            }
            if (problem is not null)
            {
                Problems.Add(new ImportProblem(number + 1, null, problem));
                yield break;
            }
            if (record is null)
                yield break;
            number++;
            // A byte-order mark, as Excel writes it, is not part of the first column's name.
            if (number == 1 && record.Length > 0 && record[0].StartsWith('\uFEFF'))
                record[0] = record[0][1..];
            yield return (number, record);
        }
    }
}

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
