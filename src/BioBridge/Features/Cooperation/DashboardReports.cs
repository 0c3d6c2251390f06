using System.Globalization;
using BioBridge.Features.Directory;
using BioBridge.Shared.Resources;
using ClosedXML.Excel;
using Microsoft.Extensions.Localization;

namespace BioBridge.Features.Cooperation;

/// <summary>
/// The dashboard for the two city governments, as an Excel workbook (figures, months, funnel) and as a PDF report
/// with charts, in Korean, Chinese or English. Both are written from one list of lines, so they say the same.
/// </summary>
public sealed class DashboardReports(IStringLocalizer<CooperationText> text, IConfiguration configuration)
{
    /// <summary>The report's lines: key figures, organizations by cluster and sector, deals by kind, projects by status, funnel.</summary>
    public IReadOnlyList<ReportLine> Lines(DashboardResult r) => InLanguage(UiLanguage.Current, () =>
    {
        var lines = new List<ReportLine>();
        void Add(string section, Figure f, string? label = null) => lines.Add(new(section, f.Key, label ?? f.Label, f.Value));
        foreach (var f in new[] { r.Organizations, r.Opportunities, r.MeetingRequests, r.MeetingsHeld, r.FollowUps, r.Introductions, r.Deals, r.Projects, r.Commitments, r.CommitmentsOnTime })
            Add("figures", f, text[f.Key]);
        lines.Add(new("figures", "deal-value-usd", text["deal-value"], r.DealValueUsdCents / 100));
        r.OrganizationsByCluster.ToList().ForEach(f => Add("clusters", f));
        r.OrganizationsBySector.ToList().ForEach(f => Add("sectors", f));
        r.DealsByKind.ToList().ForEach(f => Add("deal-kinds", f, text["deal:" + f.Key]));
        r.ProjectsByStatus.ToList().ForEach(f => Add("project-statuses", f, text["project:" + f.Key]));
        r.Funnel.ToList().ForEach(f => Add("funnel", f, text[f.Key]));
        return lines;
    });

    static T InLanguage<T>(string language, Func<T> write)
    {
        using (UiLanguage.Use(language))
            return write();
    }

    string Scope(DashboardResult r) =>
        $"{text["Period"]}: {r.From:yyyy-MM-dd} – {r.To:yyyy-MM-dd} · {text["Cluster"]}: {ClusterName(r)} · {text["Agreement"]}: {r.Agreement ?? text["Overall"]}";

    // The filtered cluster by its name in the report's language, as the dashboard shows it.
    string ClusterName(DashboardResult r) => r.Cluster is null ? text["All clusters"]
        : r.OrganizationsByCluster.FirstOrDefault(f => f.Key == r.Cluster)?.Label ?? r.Cluster;

    string[] MonthHeaders() => [text["Month"], text["meeting-requests"], text["meetings-held"], text["deals"], text["deal-value"]];

    /// <summary>
    /// The workbook in the reader's language: sheet names, headers, sections and labels; the stable code of each line
    /// stays in the last column for programs that read the workbook.
    /// </summary>
    public byte[] Workbook(DashboardResult r, string language) => InLanguage(language, () =>
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(text["sheet:dashboard"]);
        Text(sheet.Cell(1, 1), text["Cooperation dashboard"]);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        Text(sheet.Cell(2, 1), Scope(r));
        Header(sheet, 4, [text["Section"], text["Figure"], text["Value"], text["Code"]]);
        var row = 4;
        foreach (var line in Lines(r))
        {
            row++;
            Text(sheet.Cell(row, 1), SectionTitle(line.Section));
            Text(sheet.Cell(row, 2), line.Label);
            sheet.Cell(row, 3).SetValue(line.Value);
            Text(sheet.Cell(row, 4), line.Code);
        }
        // Fixed widths: ClosedXML 0.95 measures text for AdjustToContents through libgdiplus, which servers lack.
        sheet.Column(1).Width = 24;
        sheet.Column(2).Width = 40;
        sheet.Column(3).Width = 16;
        sheet.Column(4).Width = 24;

        var months = workbook.Worksheets.Add(text["sheet:months"]);
        var headers = MonthHeaders();
        Header(months, 1, headers);
        for (var i = 0; i < r.Months.Count; i++)
        {
            var m = r.Months[i];
            Text(months.Cell(i + 2, 1), m.Month);
            months.Cell(i + 2, 2).SetValue(m.MeetingRequests);
            months.Cell(i + 2, 3).SetValue(m.MeetingsHeld);
            months.Cell(i + 2, 4).SetValue(m.Deals);
            months.Cell(i + 2, 5).SetValue(m.DealValueUsdCents / 100);
        }
        months.Columns(1, headers.Length).Width = 20;
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    });

    static void Header(IXLWorksheet sheet, int row, string[] headers)
    {
        for (var c = 0; c < headers.Length; c++)
            Text(sheet.Cell(row, c + 1), headers[c]);
        sheet.Row(row).Style.Font.Bold = true;
    }

    // Text from the database (names, labels) never runs as a formula in a spreadsheet.
    static void Text(IXLCell cell, string value) => cell.SetValue(OrganizationColumns.Neutralize(value));

    /// <summary>
    /// The PDF: the same lines and the months as text (so they can be read, searched and copied), then the charts.
    /// Null when a report font is missing; <paramref name="missing"/> then says which and how to install it.
    /// </summary>
    public byte[]? Pdf(DashboardResult r, string language, out string missing)
    {
        var fonts = ReportFonts.Install(configuration, out missing);
        return fonts is null ? null : InLanguage(language, () => WritePdf(r, language, fonts));
    }

    byte[] WritePdf(DashboardResult r, string language, ReportFonts fonts)
    {
        using var canvas = new ReportCanvas(fonts, language, text["Cooperation dashboard"]);
        var right = canvas.Width;
        canvas.Line(text["Cooperation dashboard"], 18, 26);
        canvas.Line(text["Report for"], 10, 16);
        canvas.Line(Scope(r), 10, 16);
        canvas.Line($"{text["Generated"]}: {DateTime.UtcNow:yyyy-MM-dd}", 10, 24);
        foreach (var section in Lines(r).GroupBy(l => l.Section))
        {
            canvas.Line(SectionTitle(section.Key), 12, 18);
            foreach (var line in section)
                canvas.Row(10, 14, new ReportCell(line.Label, 10), new ReportCell(Shown(r, line), right, RightAligned: true));
            canvas.Space(8);
        }

        canvas.Line(text["Over time"], 12, 18);
        var headers = MonthHeaders();
        double[] columns = [10, right * 0.4, right * 0.6, right * 0.75, right];
        canvas.Row(9, 14, [.. headers.Select((h, i) => new ReportCell(h, columns[i], RightAligned: i > 0))]);
        foreach (var m in r.Months)
            canvas.Row(9, 13, new ReportCell(m.Month, columns[0]), new ReportCell(Number(m.MeetingRequests), columns[1], true),
                new ReportCell(Number(m.MeetingsHeld), columns[2], true), new ReportCell(Number(m.Deals), columns[3], true),
                new ReportCell(Number(m.DealValueUsdCents / 100), columns[4], true));
        canvas.Space(16);

        var chartFile = fonts.ChartFile(language);
        canvas.Image(DashboardCharts.Months(r.Months, text["Over time"], [text["meeting-requests"], text["meetings-held"], text["deals"]], chartFile), 250);
        var charts = new (string Title, IReadOnlyList<(string Label, double Value)> Bars)[]
        {
            (text["Funnel"], r.Funnel.Select(f => ((string)text[f.Key], (double)f.Value)).ToList()),
            (text["Deals by kind"], r.DealsByKind.Select(f => ((string)text["deal:" + f.Key], (double)f.Value)).ToList()),
            (text["Projects by status"], r.ProjectsByStatus.Select(f => ((string)text["project:" + f.Key], (double)f.Value)).ToList()),
        };
        foreach (var (chartTitle, bars) in charts)
            canvas.Image(DashboardCharts.Bars(bars, chartTitle, chartFile), 220);
        return canvas.Save();
    }

    // As the dashboard shows it: commitments kept on time out of all commitments.
    static string Shown(DashboardResult r, ReportLine line) =>
        line.Code == r.CommitmentsOnTime.Key ? $"{Number(line.Value)} / {Number(r.Commitments.Value)}" : Number(line.Value);

    // As the dashboard shows numbers: grouped thousands, no decimals.
    static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    string SectionTitle(string section) => section switch
    {
        "figures" => text["Cooperation"],
        "clusters" => text["By cluster"],
        "sectors" => text["By sector"],
        "deal-kinds" => text["Deals by kind"],
        "project-statuses" => text["Projects by status"],
        _ => text["Funnel"],
    };
}
