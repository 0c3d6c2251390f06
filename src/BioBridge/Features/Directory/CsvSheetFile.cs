using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Extensions.Localization;

namespace BioBridge.Features.Directory;

/// <summary>UTF-8 CSV (RFC 4180), decoded strictly and streamed.</summary>
sealed class CsvSheetFile : SheetFile
{
    readonly Stream content;
    readonly IStringLocalizer text;
    readonly long start;
    readonly string[] header;
    bool headerRead;

    public CsvSheetFile(Stream content, IStringLocalizer text)
    {
        this.content = content;
        this.text = text;
        start = content.CanSeek ? content.Position : 0;
        using var records = Records().GetEnumerator();
        header = records.MoveNext() ? records.Current.Record.Select(h => h.Trim()).ToArray() : [];
        headerRead = true;
        if (header.Length == 0 && Problems.Count == 0)
            Problems.Add(new ImportProblem(0, null, text["import:empty"]));
    }

    public override IReadOnlyList<string> Header => header;

    public override IEnumerable<SheetRow> Rows()
    {
        if (header.Length == 0)
            yield break;
        foreach (var (number, record) in Records().Skip(1))
            if (OrganizationSheet.ToRow(header, record, number, Problems, text) is { } row)
                yield return row;
    }

    IEnumerable<(int Number, string[] Record)> Records()
    {
        if (content.CanSeek)
            content.Position = start;
        else if (headerRead)
            throw new InvalidOperationException("a CSV from a stream that cannot seek is read once; copy it to a file first");
        var decoded = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false,
            bufferSize: 1 << 16, leaveOpen: true);
        using var reader = new CsvReader(decoded, new CsvConfiguration(CultureInfo.InvariantCulture)
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
                problem = text["import:not-utf8"];
            }
            catch (DecoderFallbackException)
            {
                problem = text["import:not-utf8"];
            }
            catch (CsvHelperException e)
            {
                problem = text["import:malformed", e.Message.Split('\n')[0]];
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
