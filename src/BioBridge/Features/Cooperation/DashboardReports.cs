using System.Globalization;
using BioBridge.Features.Directory;
using BioBridge.Shared.Resources;
using ClosedXML.Excel;
using Microsoft.Extensions.Localization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

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
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(UiLanguage.CultureName(language));
        try
        {
            return write();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    string Scope(DashboardResult r) =>
        $"{text["Period"]}: {r.From:yyyy-MM-dd} – {r.To:yyyy-MM-dd} · {text["Cluster"]}: {r.Cluster ?? text["All clusters"]} · {text["Agreement"]}: {r.Agreement ?? text["Overall"]}";

    public byte[] Workbook(DashboardResult r, string language) => InLanguage(language, () =>
    {
        var lines = Lines(r);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Dashboard");
        Text(sheet.Cell(1, 1), text["Cooperation dashboard"]);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        Text(sheet.Cell(2, 1), Scope(r));
        var row = 4;
        foreach (var (header, column) in new[] { ("Section", 1), (text["Code"].Value, 2), (text["Figure"].Value, 3), (text["Value"].Value, 4) })
            Text(sheet.Cell(row, column), header);
        sheet.Row(row).Style.Font.Bold = true;
        foreach (var line in lines)
        {
            row++;
            Text(sheet.Cell(row, 1), line.Section);
            Text(sheet.Cell(row, 2), line.Code);
            Text(sheet.Cell(row, 3), line.Label);
            sheet.Cell(row, 4).SetValue(line.Value);
        }
        // Fixed widths: ClosedXML 0.95 measures text for AdjustToContents through libgdiplus, which servers lack.
        sheet.Column(1).Width = 18;
        sheet.Column(2).Width = 24;
        sheet.Column(3).Width = 40;
        sheet.Column(4).Width = 16;

        var months = workbook.Worksheets.Add("Months");
        var headers = new[] { text["Month"].Value, text["meeting-requests"].Value, text["meetings-held"].Value, text["deals"].Value, text["deal-value"].Value };
        for (var c = 0; c < headers.Length; c++)
            Text(months.Cell(1, c + 1), headers[c]);
        months.Row(1).Style.Font.Bold = true;
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

    // Text from the database (names, labels) never runs as a formula in a spreadsheet.
    static void Text(IXLCell cell, string value) => cell.SetValue(OrganizationColumns.Neutralize(value));

    public byte[] Pdf(DashboardResult r, string language) => InLanguage(language, () =>
    {
        var font = CjkFont.Install(configuration[CjkFont.ConfigurationKey])
            ?? throw new InvalidOperationException($"No CJK font found for PDF reports: install fonts-noto-cjk or set {CjkFont.ConfigurationKey}.");
        var family = CjkFont.FamilyFor(language);
        var lines = Lines(r);
        var document = new PdfDocument();
        document.Info.Title = text["Cooperation dashboard"];
        var page = document.AddPage();
        var graphics = XGraphics.FromPdfPage(page);
        var title = new XFont(family, 18);
        var body = new XFont(family, 10);
        var heading = new XFont(family, 12);
        double y = 50;
        const double left = 50;

        void NewPageIfBelow(double needed)
        {
            if (y + needed < page.Height.Point - 50)
                return;
            graphics.Dispose();
            page = document.AddPage();
            graphics = XGraphics.FromPdfPage(page);
            y = 50;
        }
        void Line(string value, XFont f, double step)
        {
            NewPageIfBelow(step);
            graphics.DrawString(value, f, XBrushes.Black, new XPoint(left, y));
            y += step;
        }

        Line(text["Cooperation dashboard"], title, 26);
        Line(text["Report for"], body, 16);
        Line(Scope(r), body, 16);
        Line($"{text["Generated"]}: {DateTime.UtcNow:yyyy-MM-dd}", body, 24);
        foreach (var section in lines.GroupBy(l => l.Section))
        {
            Line(SectionTitle(section.Key), heading, 18);
            foreach (var line in section)
            {
                NewPageIfBelow(14);
                graphics.DrawString(line.Label, body, XBrushes.Black, new XPoint(left + 10, y));
                graphics.DrawString(line.Value.ToString("N0", CultureInfo.InvariantCulture), body, XBrushes.Black, new XPoint(left + 380, y));
                y += 14;
            }
            y += 8;
        }

        var charts = new (string Title, IReadOnlyList<(string Label, double Value)> Bars)[]
        {
            (text["Funnel"], r.Funnel.Select(f => ((string)text[f.Key], (double)f.Value)).ToList()),
            (text["Deals by kind"], r.DealsByKind.Select(f => ((string)text["deal:" + f.Key], (double)f.Value)).ToList()),
            (text["Projects by status"], r.ProjectsByStatus.Select(f => ((string)text["project:" + f.Key], (double)f.Value)).ToList()),
        };
        var chartWidth = page.Width.Point - 2 * left;
        void Image(byte[] png, double height)
        {
            NewPageIfBelow(height + 10);
            using var stream = new MemoryStream(png);
            graphics.DrawImage(XImage.FromStream(stream), left, y, chartWidth, height);
            y += height + 16;
        }
        Image(DashboardCharts.Months(r.Months, text["Over time"], [text["meeting-requests"], text["meetings-held"], text["deals"]], font.FilePath), 250);
        foreach (var (chartTitle, bars) in charts)
            Image(DashboardCharts.Bars(bars, chartTitle, font.FilePath), 220);
        graphics.Dispose();
        using var buffer = new MemoryStream();
        document.Save(buffer);
        return buffer.ToArray();
    });

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
