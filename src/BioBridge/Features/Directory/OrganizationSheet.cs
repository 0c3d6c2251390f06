using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;

namespace BioBridge.Features.Directory;

/// <summary>One data row of an organization file; <see cref="Number"/> counts as a spreadsheet does (header = 1).</summary>
public sealed record SheetRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    public string Get(string column) => Cells.TryGetValue(column, out var v) ? v : "";
}

/// <summary>A problem found in an import file: row 0 means the file or its header.</summary>
public sealed record ImportProblem(int Row, string? Column, string Message)
{
    public override string ToString() => Row == 0
        ? (Column is null ? Message : $"column '{Column}': {Message}")
        : Column is null ? $"row {Row}: {Message}" : $"row {Row}, column '{Column}': {Message}";
}

/// <summary>
/// Reads and writes the organization file format of CONTRACTS.md section 2 (CSV or XLSX) as a
/// table of strings; what the strings mean is <see cref="OrganizationRowParser"/>'s business.
/// </summary>
public static class OrganizationSheet
{
    public static bool IsSupported(string fileName) => FormatOf(fileName) is not null;

    static string? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => "csv",
        ".xlsx" => "xlsx",
        _ => null,
    };

    public static (IReadOnlyList<string> Header, IReadOnlyList<SheetRow> Rows, IReadOnlyList<ImportProblem> Problems) Read(
        string fileName, Stream content)
    {
        return FormatOf(fileName) switch
        {
            "csv" => ReadCsv(content),
            "xlsx" => ReadXlsx(content),
            _ => ([], [], [new ImportProblem(0, null, $"'{UploadedFileName.Of(fileName)}' is neither .csv nor .xlsx")]),
        };
    }

    static (IReadOnlyList<string>, IReadOnlyList<SheetRow>, IReadOnlyList<ImportProblem>) ReadCsv(Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException e)
        {
            return ([], [], [new ImportProblem(0, null,
                $"the file is not UTF-8 text (invalid byte at offset {e.Index}); save it as CSV UTF-8")]);
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            BadDataFound = null,
            DetectDelimiter = false,
        };
        using var reader = new CsvReader(new StringReader(text), config);
        var records = new List<string[]>();
        try
        {
            while (reader.Read())
                records.Add(reader.Parser.Record ?? []);
        }
        catch (CsvHelperException e)
        {
            return ([], [], [new ImportProblem(records.Count + 1, null, $"the CSV is malformed: {e.Message.Split('\n')[0]}")]);
        }
        return Tabulate(records);
    }

    static (IReadOnlyList<string>, IReadOnlyList<SheetRow>, IReadOnlyList<ImportProblem>) ReadXlsx(Stream content)
    {
        XLWorkbook workbook;
        try
        {
            using var buffer = new MemoryStream();
            content.CopyTo(buffer);
            buffer.Position = 0;
            workbook = new XLWorkbook(buffer);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or FormatException
            or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            return ([], [], [new ImportProblem(0, null, "the file is not a readable .xlsx workbook")]);
        }
        using (workbook)
        {
            var sheet = workbook.Worksheets.FirstOrDefault();
            if (sheet is null)
                return ([], [], [new ImportProblem(0, null, "the workbook has no sheet")]);
            var used = sheet.RangeUsed();
            if (used is null)
                return Tabulate([]);
            var lastColumn = used.LastColumn().ColumnNumber();
            var lastRow = used.LastRow().RowNumber();
            var records = new List<string[]>(lastRow);
            for (var r = 1; r <= lastRow; r++)
            {
                var row = sheet.Row(r);
                var cells = new string[lastColumn];
                for (var c = 1; c <= lastColumn; c++)
                    cells[c - 1] = CellText(row.Cell(c));
                records.Add(cells);
            }
            return Tabulate(records);
        }
    }

    static string CellText(IXLCell cell) => cell.DataType switch
    {
        XLDataType.Number => cell.GetDouble().ToString(CultureInfo.InvariantCulture),
        _ => cell.GetString(),
    };

    static (IReadOnlyList<string>, IReadOnlyList<SheetRow>, IReadOnlyList<ImportProblem>) Tabulate(List<string[]> records)
    {
        if (records.Count == 0)
            return ([], [], [new ImportProblem(0, null, "the file is empty: a header row is required")]);
        var header = records[0].Select(h => h.Trim()).ToArray();
        var problems = new List<ImportProblem>();
        var rows = new List<SheetRow>(records.Count - 1);
        for (var i = 1; i < records.Count; i++)
        {
            var record = records[i];
            if (record.All(string.IsNullOrWhiteSpace))
                continue;
            if (record.Length > header.Length && record.Skip(header.Length).Any(v => !string.IsNullOrWhiteSpace(v)))
                problems.Add(new ImportProblem(i + 1, null, $"the row has {record.Length} cells but the header has {header.Length}"));
            var cells = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var c = 0; c < header.Length; c++)
                if (header[c].Length > 0)
                    cells[header[c]] = c < record.Length ? record[c].Trim() : "";
            rows.Add(new SheetRow(i + 1, cells));
        }
        return (header, rows, problems);
    }

    public static void Write(string fileName, Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        switch (FormatOf(fileName))
        {
            case "csv":
                WriteCsv(output, header, rows);
                break;
            case "xlsx":
                WriteXlsx(output, header, rows);
                break;
            default:
                throw new ArgumentException($"'{Path.GetFileName(fileName)}' is neither .csv nor .xlsx", nameof(fileName));
        }
    }

    static void WriteCsv(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { ShouldQuote = _ => false, InjectionOptions = InjectionOptions.None });
        foreach (var h in header)
            csv.WriteField(h, shouldQuote: NeedsQuotes(h));
        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var value in row)
                csv.WriteField(value, shouldQuote: NeedsQuotes(value));
            csv.NextRecord();
        }
    }

    static bool NeedsQuotes(string value) => value.AsSpan().IndexOfAny("\",\r\n") >= 0 || (value.Length > 0 && (value[0] == ' ' || value[^1] == ' '));

    static void WriteXlsx(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("organizations");
        for (var c = 0; c < header.Count; c++)
            sheet.Cell(1, c + 1).SetValue(header[c]);
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Count; c++)
                if (row[c].Length > 0)
                    // Text, never a formula: a value is stored as a string whatever it starts with.
                    sheet.Cell(r, c + 1).SetValue(row[c]);
            r++;
        }
        sheet.Row(1).Style.Font.Bold = true;
        workbook.SaveAs(output);
    }
}
