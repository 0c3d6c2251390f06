using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace BioBridge.Tests;

/// <summary>
/// The dashboard's reports say what the dashboard page shows, in the reader's language: the PDF as text that poppler
/// reads and draws (subset TrueType fonts, under 1 MB), the workbook with sheet names and headers in that language.
/// </summary>
public sealed class DashboardReportTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    const string Query = "from=2024-01-01&to=2026-12-31";

    /// <summary>A signed-in operator whose pages are in <paramref name="culture"/> (the cookie the language switcher sets).</summary>
    async Task<HttpClient> OperatorInAsync(string culture)
    {
        var client = await app.OperatorAsync();
        (await client.GetAsync($"/culture/{culture}?returnUrl=/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    /// <summary>Each label the dashboard page shows with its number(s): key figures, bars, months, and the captions.</summary>
    static (List<(string Label, string[] Numbers)> Figures, List<string> Captions) Shown(string html)
    {
        static string Clean(string text) => WebUtility.HtmlDecode(text).Trim().TrimEnd('…');
        var figures = new List<(string, string[])>();
        foreach (Match kpi in Regex.Matches(html, "<a class=\"kpi\"[^>]*><strong>([^<]*)</strong>([^<]*)</a>"))
            figures.Add((Clean(kpi.Groups[2].Value), Numbers(Clean(kpi.Groups[1].Value))));
        foreach (Match bar in Regex.Matches(html, "text-anchor=\"end\">([^<]*)</text>.*?class=\"value\">([^<]*)</text>", RegexOptions.Singleline))
            figures.Add((Clean(bar.Groups[1].Value), [bar.Groups[2].Value]));
        foreach (Match month in Regex.Matches(html, "<title>(\\d{4}-\\d{2}): (\\d+) / (\\d+) / (\\d+)</title>"))
            figures.Add((month.Groups[1].Value, [month.Groups[2].Value, month.Groups[3].Value, month.Groups[4].Value]));
        var captions = Regex.Matches(html, "<figcaption>([^<]*)</figcaption>|<span class=\"(?:requests|held|deals)\">([^<]*)</span>")
            .Select(m => Clean(m.Groups[1].Value + m.Groups[2].Value)).ToList();
        return (figures, captions);
    }

    static string[] Numbers(string text) => [.. Regex.Matches(text, @"\d[\d,]*").Select(m => m.Value)];

    static async Task<(int Exit, string Output, string Errors)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }

    [Theory]
    [InlineData("ko", "ko")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("en", "en")]
    public async Task The_pdf_report_reads_every_figure_and_label_of_the_dashboard_and_stays_under_one_megabyte(string lang, string culture)
    {
        var client = await OperatorInAsync(culture);
        var (figures, captions) = Shown(await client.GetStringAsync("/cooperation?" + Query));
        figures.Count.ShouldBeGreaterThan(20);
        var response = await client.GetAsync($"/api/v1/cooperation/report.pdf?{Query}&lang={lang}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var pdf = await response.Content.ReadAsByteArrayAsync();
        pdf.Length.ShouldBeLessThan(1_000_000);
        var file = Path.Combine(Path.GetTempPath(), $"biobridge-report-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var (exit, text, _) = await RunAsync("pdftotext", "-layout", "-enc", "UTF-8", file, "-");
            exit.ShouldBe(0);
            var lines = text.Split('\n').Select(l => Regex.Replace(l, @"\s+", " ")).ToList();
            var missing = captions.Where(c => !text.Contains(c, StringComparison.Ordinal))
                .Concat(figures.Where(f => !lines.Any(l => l.Contains(f.Label, StringComparison.Ordinal)
                    && f.Numbers.All(n => Regex.IsMatch(l, $@"(?<![\d,]){Regex.Escape(n)}(?![\d,])"))))
                    .Select(f => $"{f.Label} {string.Join(" / ", f.Numbers)}"))
                .ToList();
            missing.ShouldBeEmpty($"not in the {lang} report:\n{text}");

            // Every font is embedded as a TrueType subset; poppler draws the pages without a font error.
            var (_, fonts, _) = await RunAsync("pdffonts", file);
            var rows = fonts.Split('\n').Skip(2).Where(r => r.Length > 0).ToList();
            rows.ShouldNotBeEmpty();
            rows.ShouldAllBe(r => r.Contains("CID TrueType") && Regex.IsMatch(r, @"\byes\s+yes\s+yes\b"));
            var (drawn, _, errors) = await RunAsync("pdftoppm", "-r", "20", "-png", file, file);
            drawn.ShouldBe(0);
            errors.ShouldBeEmpty();
        }
        finally
        {
            foreach (var written in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(file) + "*"))
                File.Delete(written);
        }
    }

    [Theory]
    [InlineData("ko", "대시보드", "월별", "구분", "지표", "계약")]
    [InlineData("zh", "看板", "按月", "类别", "指标", "交易")]
    [InlineData("en", "Dashboard", "Months", "Section", "Figure", "Deals")]
    public async Task The_workbook_names_its_sheets_headers_and_sections_in_the_readers_language(
        string lang, string dashboardSheet, string monthsSheet, string section, string figure, string deals)
    {
        var client = await app.OperatorAsync();
        var response = await client.GetAsync($"/api/v1/cooperation/report.xlsx?{Query}&lang={lang}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        workbook.Worksheets.Select(s => s.Name).ShouldBe([dashboardSheet, monthsSheet]);
        var sheet = workbook.Worksheet(dashboardSheet);
        sheet.Cell(4, 1).GetString().ShouldBe(section);
        sheet.Cell(4, 2).GetString().ShouldBe(figure);
        sheet.RowsUsed().Skip(4).ShouldContain(r => r.Cell(2).GetString() == deals && r.Cell(4).GetString() == "deals");
        // No section is left as its code: each is a title in the language.
        sheet.RowsUsed().Skip(4).Select(r => r.Cell(1).GetString()).ShouldNotContain("figures");
        workbook.Worksheet(monthsSheet).Cell(1, 4).GetString().ShouldBe(deals);
    }
}
