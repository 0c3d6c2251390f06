using System.Diagnostics;
using System.Globalization;
using ClosedXML.Excel;

namespace BioBridge.BrowserTests;

/// <summary>
/// The cooperation dashboard in Chromium, as the Seoul Bio Hub operator: filter by cluster and period, drill into a
/// figure, download the Excel and PDF reports; the PDF renders to pages and carries Korean text, the workbook's
/// figures equal the dashboard's.
/// </summary>
public sealed class CooperationFlowTests(RunningApp app) : IClassFixture<RunningApp>
{
    static long Number(string text) => long.Parse(new string(text.TakeWhile(c => char.IsDigit(c) || c == ',').ToArray()).Replace(",", ""), CultureInfo.InvariantCulture);

    static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    [Fact]
    public async Task Operator_filters_the_dashboard_drills_into_deals_and_downloads_both_reports_in_korean()
    {
        var page = await app.SignedInPageAsync("operator@seoulbiohub.example", "ko");
        await page.GotoAsync(app.BaseUrl + "/cooperation");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("협력 성과 대시보드");

        var filters = page.Locator("form[data-testid='dashboard-filters']");
        await filters.Locator("select[name='cluster']").SelectOptionAsync("seoul-bio-hub");
        await filters.Locator("input[name='from']").FillAsync("2024-07-01");
        await filters.Locator("input[name='to']").FillAsync("2026-11-20");
        await filters.Locator("button[type='submit']").ClickAsync();
        await page.WaitForURLAsync("**/cooperation?*cluster=seoul-bio-hub*");
        page.Url.ShouldContain("from=2024-07-01");
        (await page.Locator("svg[aria-label='월별 추이'] rect").CountAsync()).ShouldBeGreaterThan(0);

        var dealsShown = Number(await page.Locator("[data-testid='figure-deals'] strong").InnerTextAsync());
        var heldShown = Number(await page.Locator("[data-testid='figure-meetings-held'] strong").InnerTextAsync());
        dealsShown.ShouldBeGreaterThan(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.ArtifactsFolder, "cooperation-dashboard-ko.png"), FullPage = true });

        await page.Locator("[data-testid='figure-deals']").ClickAsync();
        await page.WaitForURLAsync("**/cooperation/records/deals?*");
        page.Url.ShouldContain("cluster=seoul-bio-hub");
        (await page.Locator("table[data-testid='records'] tbody tr").CountAsync()).ShouldBe((int)dealsShown);
        (await page.Locator("[data-testid='records-total']").InnerTextAsync()).ShouldContain(dealsShown.ToString(CultureInfo.InvariantCulture));
        await page.Locator("[data-testid='back']").ClickAsync();
        await page.WaitForURLAsync("**/cooperation?*");

        var workbookDownload = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid='report-xlsx']").ClickAsync());
        var workbookPath = Path.Combine(RunningApp.ArtifactsFolder, "cooperation-ko.xlsx");
        await workbookDownload.SaveAsAsync(workbookPath);
        using (var workbook = new XLWorkbook(workbookPath))
        {
            var figures = workbook.Worksheet("대시보드").RowsUsed().Where(r => r.Cell(1).GetString() == "협력 성과")
                .ToDictionary(r => r.Cell(4).GetString(), r => r.Cell(3).GetValue<long>());
            figures["deals"].ShouldBe(dealsShown);
            figures["meetings-held"].ShouldBe(heldShown);
            workbook.Worksheet("대시보드").RowsUsed().ShouldContain(r => r.Cell(2).GetString() == "계약");
        }

        var pdfDownload = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid='report-pdf']").ClickAsync());
        var pdfPath = Path.Combine(RunningApp.ArtifactsFolder, "cooperation-ko.pdf");
        await pdfDownload.SaveAsAsync(pdfPath);
        var pagesPrefix = Path.Combine(RunningApp.ArtifactsFolder, "cooperation-ko-page");
        (await RunAsync("pdftoppm", "-png", "-r", "40", pdfPath, pagesPrefix)).ExitCode.ShouldBe(0);
        Directory.GetFiles(RunningApp.ArtifactsFolder, "cooperation-ko-page*.png").Length.ShouldBeGreaterThan(0);
        var (textExit, text) = await RunAsync("pdftotext", "-layout", pdfPath, "-");
        textExit.ShouldBe(0);
        text.ShouldContain("협력 성과 대시보드");
        text.ShouldContain("개최된 미팅");
    }

    [Fact]
    public async Task The_pdf_report_in_chinese_carries_simplified_chinese_text()
    {
        var page = await app.SignedInPageAsync("operator@liangjiang.example", "zh");
        var response = await page.APIRequest.GetAsync(app.BaseUrl + "/api/v1/cooperation/report.pdf?lang=zh&cluster=liangjiang");
        response.Status.ShouldBe(200);
        var pdfPath = Path.Combine(RunningApp.ArtifactsFolder, "cooperation-zh.pdf");
        await File.WriteAllBytesAsync(pdfPath, await response.BodyAsync());
        var (exit, text) = await RunAsync("pdftotext", pdfPath, "-");
        exit.ShouldBe(0);
        text.ShouldContain("合作成效看板");
        text.ShouldContain("两江");
    }
}
