using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BioBridge.Data;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BioBridge.Tests;

/// <summary>
/// Field visibility (Features/Publishing/Visibility.cs): organization A makes every field group private (description,
/// offers and needs, figures, contact) with values found nowhere else, and then every reader-facing output - every GET of
/// /openapi/v1.json with its files (CSV, XLSX, PDF, iCalendar), the directory and its search, recommendations and their
/// reasons for every organization, innovation score, cooperation dashboard, records and reports, and every page - is read
/// by each persona that is not an owner. None may show a marked value. The owners (A's members, Seoul's operator, the
/// admin) do see them, so the walk is not vacuous.
/// </summary>
public abstract class VisibilityTests<TApp>(TApp app, ITestOutputHelper output) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    const string Offer = "ZEBRAFISHQUANTUM";
    const string Need = "KRILLNEEDMARKER";
    const string Description = "DESCRMARKERQX7";
    const string City = "Quantumgrad";
    const string Website = "https://zebrafish-quantum.example";
    const int Patents = 4711;
    const int Employees = 93817;

    /// <summary>The marked values as the outputs may spell them: text anywhere, figures as whole numbers.</summary>
    static readonly Regex Marked = new(
        $@"{Offer}|{Need}|{Description}|{City}|zebrafish-quantum\.example|(?<![\w.,]){Patents}(?![\w.,])|(?<![\w.,]){Employees}(?![\w.,])|(?<![\w.,])93,817|(?<![\w.,])4,711(?![\w.,])",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    static readonly Persona[] Owners = [Persona.Admin, Persona.SeoulOperator, Persona.OrgAAdmin, Persona.OrgAMember];

    static readonly Persona[] Others = Personas.All.Except(Owners).ToArray();

    static readonly Lazy<bool> PdfToText = new(() =>
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", "-v") { RedirectStandardError = true, RedirectStandardOutput = true });
            process!.WaitForExit();
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    /// <summary>Organization A's profile, with every field group private, through the member's proposal and the operator's approval.</summary>
    async Task MakePrivateAsync()
    {
        var member = await app.ClientAsync(Persona.OrgAMember);
        var current = await BioBridgeApp.OkJsonAsync(await member.GetAsync("/api/v1/my/profile"));
        var name = current.GetProperty("published").GetProperty("name");
        var proposal = new
        {
            name = JsonSerializer.Deserialize<JsonElement>(name.GetRawText()),
            description = new { en = new { text = $"Sensitive-skin serums. {Description} is our secret.", state = "original" } },
            offers = new[] { Offer }, needs = new[] { Need },
            founded = 1987, employees = Employees, patents = Patents, city = City, website = Website, sectors = Array.Empty<string>(),
            descriptionVisibility = "private", pipelineVisibility = "private", figuresVisibility = "private", contactVisibility = "private",
        };
        var response = await member.PutAsJsonAsync("/api/v1/my/profile", proposal);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        await MatrixScene.ApproveAsync(app, Personas.OrgA);
    }

    /// <summary>The readable text of an answer: JSON and text as they are, workbooks cell by cell, PDFs through pdftotext.</summary>
    async Task<string?> TextAsync(HttpResponseMessage response, string url, List<string> skipped)
    {
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (type.Contains("spreadsheetml", StringComparison.Ordinal) || url.Contains(".xlsx") || url.Contains("format=xlsx"))
        {
            if ((int)response.StatusCode >= 300)
                return Encoding.UTF8.GetString(bytes);
            using var workbook = new XLWorkbook(new MemoryStream(bytes));
            return string.Join("\n", workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetFormattedString()));
        }
        if (type == "application/pdf" && (int)response.StatusCode < 300)
        {
            if (!PdfToText.Value)
            {
                skipped.Add($"{url}: pdftotext is not installed, the PDF was not read");
                return null;
            }
            var file = Path.GetTempFileName();
            await File.WriteAllBytesAsync(file, bytes);
            using var process = Process.Start(new ProcessStartInfo("pdftotext", $"-q -enc UTF-8 {file} -") { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            File.Delete(file);
            return text;
        }
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Every reader-facing URL: each GET of the OpenAPI document on A's and event X's data, with the queries that reach A's fields.</summary>
    async Task<List<string>> OutputsAsync(MatrixScene scene, bool everyOrganization)
    {
        var openApi = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement;
        var urls = new List<string>();
        foreach (var path in openApi.GetProperty("paths").EnumerateObject())
            if (path.Value.TryGetProperty("get", out _))
                urls.Add(scene.Fill(path.Name));
        string[] organizations;
        using (var scope = app.Services.CreateScope())
            organizations = await scope.ServiceProvider.GetRequiredService<AppDb>().Organizations.Select(o => o.ExternalId).OrderBy(e => e).ToArrayAsync();
        foreach (var lang in new[] { "ko", "zh", "en" })
        {
            urls.Add($"/api/v1/organizations?pageSize=100&lang={lang}");
            urls.Add($"/api/v1/organizations/{Personas.OrgA}?lang={lang}");
            urls.Add($"/api/v1/cooperation/report.xlsx?lang={lang}");
            urls.Add($"/api/v1/cooperation/report.pdf?lang={lang}");
        }
        foreach (var term in new[] { Offer, Need, Description, City, "zebrafish", Patents.ToString() })
        {
            urls.Add($"/api/v1/organizations?q={term}");
            urls.Add($"/api/v1/opportunities?q={term}");
            urls.Add($"/organizations?q={term}");
        }
        urls.Add("/api/v1/organizations/export?format=csv");
        urls.Add("/api/v1/organizations/export?format=xlsx");
        urls.Add($"/api/v1/events/{Personas.EventX}/delegates?q=dewlight");
        foreach (var kind in new[] { "organizations", "opportunities", "meeting-requests", "meetings-held", "follow-ups", "introductions", "deals", "projects", "commitments" })
            urls.Add($"/api/v1/cooperation/records/{kind}?pageSize=100");
        // Every organization's recommendations (their reasons may quote A's offers and needs): read by the readers of each reach
        // (public, signed in, the other cluster's operator); the others read A's and B's.
        foreach (var organization in organizations)
            if (organization is Personas.OrgA or Personas.OrgB || everyOrganization)
                urls.Add($"/api/v1/organizations/{organization}/recommendations?top=50");
        foreach (var page in typeof(Program).Assembly.GetTypes().SelectMany(t => t.GetCustomAttributes<RouteAttribute>()).Select(r => r.Template).Distinct())
            if (!page.StartsWith("/account", StringComparison.Ordinal))
                urls.Add(scene.Fill(page));
        urls.Add($"/events/{Personas.EventX}/partnering?delegate={scene.DelegateOfA}");
        return urls.Distinct().ToList();
    }

    [Fact]
    public async Task No_reader_outside_the_owners_finds_a_private_field_in_any_output_and_the_owners_do()
    {
        var scene = await MatrixScene.OfAsync(app);
        await MakePrivateAsync();
        var urls = await OutputsAsync(scene, everyOrganization: false);
        var wide = await OutputsAsync(scene, everyOrganization: true);
        var leaks = new List<string>();
        var skipped = new List<string>();
        var read = 0;
        foreach (var persona in Others)
        {
            var client = await app.ClientAsync(persona);
            foreach (var url in persona is Persona.Anonymous or Persona.OrgBMember or Persona.LiangjiangOperator ? wide : urls)
            {
                using var response = await client.GetAsync(url);
                if ((int)response.StatusCode >= 500)
                {
                    leaks.Add($"{url} as {persona}: server error {(int)response.StatusCode}");
                    continue;
                }
                var text = await TextAsync(response, url, skipped);
                if (text is null)
                    continue;
                read++;
                // A search echoes its own query (in the box, the language links): that word is not a leak; the hit would be, checked below.
                var echoed = Regex.Match(url, @"[?&]q=([^&]+)") is { Success: true } q ? Uri.UnescapeDataString(q.Groups[1].Value) : null;
                if (Marked.Matches(text).FirstOrDefault(m => !string.Equals(m.Value, echoed, StringComparison.OrdinalIgnoreCase)) is { } match)
                {
                    var at = Math.Max(0, match.Index - 60);
                    leaks.Add($"{url} as {persona} ({(int)response.StatusCode}): '{match.Value}' in ...{text.Substring(at, Math.Min(140, text.Length - at)).ReplaceLineEndings(" ")}...");
                }
            }
        }
        // Search must not find A by a private word either: the hit itself tells that A's hidden text contains it.
        foreach (var persona in Others)
            foreach (var term in new[] { Offer, Need, Description })
            {
                var client = await app.ClientAsync(persona);
                var found = await BioBridgeApp.OkJsonAsync(await client.GetAsync($"/api/v1/organizations?q={term}"));
                if (found.GetRawText().Contains(Personas.OrgA, StringComparison.Ordinal))
                    leaks.Add($"/api/v1/organizations?q={term} as {persona}: finds {Personas.OrgA} by a private word");
                if ((await client.GetStringAsync($"/organizations?q={term}")).Contains($"/organizations/{Personas.OrgA}", StringComparison.Ordinal))
                    leaks.Add($"/organizations?q={term} as {persona}: the results page finds {Personas.OrgA} by a private word");
            }

        // The owners see every marked value: on the profile (JSON and page, where figures may carry a thousands separator) and in the export.
        var blind = new List<string>();
        foreach (var owner in Owners)
        {
            var client = await app.ClientAsync(owner);
            var profile = await client.GetStringAsync($"/api/v1/organizations/{Personas.OrgA}");
            var page = await client.GetStringAsync($"/organizations/{Personas.OrgA}");
            foreach (var (value, where, text) in new[] { Offer, Need, Description, City, Website, Patents.ToString(), Employees.ToString() }
                .Select(v => (v, "the API profile", profile))
                .Concat(new[] { Offer, Description, "4,?711" }.Select(v => (v, "the profile page", page))))
                if (!Regex.IsMatch(text, value))
                    blind.Add($"{owner} does not see {value} in {where}");
        }
        if (!(await (await app.ClientAsync(Persona.SeoulOperator)).GetStringAsync("/api/v1/organizations/export?format=csv")).Contains(Offer, StringComparison.Ordinal))
            blind.Add($"SeoulOperator does not see {Offer} in the CSV export");

        output.WriteLine($"{wide.Count} outputs for the anonymous, signed-in and other-cluster readers, {urls.Count} for the other {Others.Length - 3}; {read} answers read; {leaks.Count} leaks");
        foreach (var skip in skipped.Distinct())
            output.WriteLine("skipped: " + skip);
        read.ShouldBeGreaterThan(urls.Count * Others.Length / 2);
        leaks.Concat(blind).ShouldBeEmpty($"{leaks.Count} outputs show organization A's private fields to a non-owner, {blind.Count} hide them from an owner:\n{string.Join("\n", leaks.Concat(blind))}\n");
    }
}
