using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Extensions.Localization;

namespace BioBridge.Features.Directory;

/// <summary>
/// Reads and writes the organization file format of docs/contracts.md section 2 (CSV or XLSX) as a
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

    /// <summary>
    /// Opens a file for reading row by row. A CSV is streamed (a 50 MB file is never held in memory as text), so the
    /// rows can be enumerated twice, once to validate and once to write, when the stream can seek.
    /// </summary>
    public static SheetFile Open(string fileName, Stream content, IStringLocalizer text) => FormatOf(fileName) switch
    {
        "csv" => new CsvSheetFile(content, text),
        "xlsx" => XlsxSheetFile.Open(content, text),
        _ => SheetFile.Unreadable(text["import:not-csv-xlsx", UploadedFileName.Of(fileName)]),
    };

    /// <summary>Turns raw records into rows keyed by the header; a row wider than the header is a problem, blank rows are skipped.</summary>
    internal static SheetRow? ToRow(string[] header, string[] record, int number, List<ImportProblem> problems, IStringLocalizer text)
    {
        if (record.All(string.IsNullOrWhiteSpace))
            return null;
        if (record.Length > header.Length && record.Skip(header.Length).Any(v => !string.IsNullOrWhiteSpace(v)))
            problems.Add(new ImportProblem(number, null, text["import:row-wider", record.Length, header.Length]));
        var cells = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
        for (var c = 0; c < header.Length; c++)
            if (header[c].Length > 0)
                cells[header[c]] = c < record.Length ? record[c].Trim() : "";
        return new SheetRow(number, cells);
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

    /// <summary>
    /// UTF-8 with a byte-order mark: Excel reads a CSV without one in the system's code page and garbles Korean and
    /// Chinese. Import accepts files with and without it.
    /// </summary>
    static void WriteCsv(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        output.Write(Encoding.UTF8.Preamble);
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
        using var workbook = Workbook(header, rows);
        workbook.SaveAs(output);
    }

    /// <summary>
    /// The workbook of an organization file: the import columns and rows on its first sheet, named in the reader's
    /// language (import reads the first sheet whatever its name; the column names are the contract's in every language).
    /// </summary>
    internal static XLWorkbook Workbook(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(DirectoryText.Say("Organizations"));
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
        return workbook;
    }
}
