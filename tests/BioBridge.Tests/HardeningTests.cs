using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BioBridge.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

/// <summary>
/// The hardening of docs/security.md: script in free text, SQL-ish and path-traversal input, CSRF, uploads, headers, secrets.
/// Spreadsheet formula neutralizing is proven by OrganizationImportTests.Export_neutralizes_formula_text_in_csv_and_xlsx and
/// CooperationApiTests.The_workbook_holds_the_dashboards_figures_with_text_cells_that_never_run_as_formulas.
/// </summary>
public abstract partial class HardeningTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    const string Script = "<script>alert(\"xss\")</script><img src=x onerror=alert(1)>";

    static readonly string[] Hostile = ["' OR '1'='1' --", "1; DROP TABLE \"Organizations\"; --", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%00"];

    static void ShouldBeEscaped(string html, string where)
    {
        html.ShouldNotContain("<script>alert(", customMessage: where);
        html.ShouldNotContain("<img src=x onerror", customMessage: where);
        html.ShouldContain("&lt;script&gt;alert(", customMessage: where);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var token = TokenField().Match(await client.GetStringAsync(page)).Groups[1].Value;
        token.ShouldNotBeEmpty();
        return token;
    }

    async Task<int> CountAsync(Func<AppDb, Task<int>> count)
    {
        using var scope = app.Services.CreateScope();
        return await count(scope.ServiceProvider.GetRequiredService<AppDb>());
    }

    async Task<int> DelegateOfAsync(string organization) => await CountAsync(db =>
        db.Delegates.Where(d => d.Organization!.ExternalId == organization && db.Events.Any(e => e.Id == d.EventId && e.Slug == Personas.EventX))
            .Select(d => d.Id).FirstAsync());

    [Fact]
    public async Task Script_in_free_text_is_stored_verbatim_and_rendered_escaped()
    {
        var orgA = await app.ClientAsync(Persona.OrgAMember);
        var orgB = await app.ClientAsync(Persona.OrgBMember);
        var seoul = await app.ClientAsync(Persona.SeoulOperator);

        // Opportunity title and text.
        var opportunity = await BioBridgeApp.JsonAsync(await orgA.PostAsJsonAsync("/api/v1/opportunities",
            new { kind = "technology-offer", title = "Offer " + Script, body = "Text " + Script }), HttpStatusCode.Created);
        opportunity.GetProperty("title").GetString().ShouldBe("Offer " + Script);
        // Vetting never publishes markup (docs/publishing.md), so the post is read by its own organization.
        ShouldBeEscaped(await orgA.GetStringAsync($"/opportunities/{opportunity.GetProperty("id").GetInt32()}"), "opportunity page");
        ShouldBeEscaped(await orgA.GetStringAsync("/opportunities"), "opportunity list");

        // Delegate name and job title, and a meeting request's message, as the receiver and the organizer desk see them.
        var registered = await BioBridgeApp.JsonAsync(await orgA.PostAsJsonAsync($"/api/v1/events/{Personas.EventX}/delegates",
            new { displayName = "Name " + Script, jobTitle = "Title " + Script, email = $"xss-{app.Provider}@dewlight.example", languages = new[] { "en" } }), HttpStatusCode.Created);
        var fromId = registered.GetProperty("id").GetInt32();
        var toId = await DelegateOfAsync(Personas.OrgB);
        (await orgA.PostAsJsonAsync($"/api/v1/events/{Personas.EventX}/requests",
            new { fromDelegateId = fromId, toDelegateId = toId, message = "Message " + Script, priority = 2 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        ShouldBeEscaped(await orgB.GetStringAsync($"/events/{Personas.EventX}/partnering?delegate={toId}"), "partnering page of the receiver");
        ShouldBeEscaped(await seoul.GetStringAsync($"/events/{Personas.EventX}/organizer"), "organizer desk");

        // Scouting notes.
        var pipeline = await BioBridgeApp.JsonAsync(await seoul.PostAsJsonAsync("/api/v1/cooperation/pipelines", new { name = "Pipeline " + Script }),
            HttpStatusCode.Created);
        (await seoul.PostAsJsonAsync($"/api/v1/cooperation/pipelines/{pipeline.GetProperty("id").GetInt32()}/entries",
            new { organization = Personas.OrgA, stage = "discovered", notes = "Notes " + Script })).StatusCode.ShouldBe(HttpStatusCode.OK);
        ShouldBeEscaped(await seoul.GetStringAsync("/cooperation/scouting"), "scouting page");

        // An organization profile from an import.
        var external = $"xss-{app.Provider}".ToLowerInvariant();
        var csv = $"external_id,cluster,name_en,description_en\n{external},seoul-bio-hub,\"Name {Script.Replace("\"", "\"\"")}\",\"About {Script.Replace("\"", "\"\"")}\"\n";
        var imported = await seoul.PostAsync("/api/v1/organizations/import", new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "xss.csv" },
        });
        imported.StatusCode.ShouldBe(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        ShouldBeEscaped(await seoul.GetStringAsync($"/organizations/{external}"), "organization profile");
    }

    [Fact]
    public async Task Sql_and_path_traversal_in_every_query_parameter_never_break_the_app()
    {
        var admin = await app.ClientAsync(Persona.Admin);
        var organizations = await CountAsync(db => db.Organizations.CountAsync());
        var failures = new List<string>();
        var openApi = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement;
        var tried = 0;
        foreach (var path in openApi.GetProperty("paths").EnumerateObject())
        {
            // Report and calendar downloads parse the same filters as their JSON twins (covered here) and only add rendering time.
            if (!path.Value.TryGetProperty("get", out var get) || !get.TryGetProperty("parameters", out var parameters)
                || Regex.IsMatch(path.Name, @"\.(pdf|xlsx|ics)$"))
                continue;
            var concrete = Regex.Replace(path.Name, @"\{(\w+)\}", m => Uri.EscapeDataString(PathValue(path.Name, m)));
            foreach (var parameter in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query"))
                foreach (var value in Hostile)
                {
                    var url = $"{concrete}?{parameter.GetProperty("name").GetString()}={Uri.EscapeDataString(value)}";
                    var response = await admin.GetAsync(url);
                    tried++;
                    if ((int)response.StatusCode >= 500)
                        failures.Add($"{url}: {(int)response.StatusCode}");
                }
            // The path's own values take the hostile input too.
            foreach (var value in Hostile.Where(_ => concrete != path.Name))
            {
                var url = Regex.Replace(path.Name, @"\{(\w+)\}", Uri.EscapeDataString(value));
                if ((int)(await admin.GetAsync(url)).StatusCode >= 500)
                    failures.Add($"{url}: server error");
            }
        }
        foreach (var (route, parameter) in PageQueryParameters())
            foreach (var value in Hostile)
            {
                var url = $"{route}?{parameter}={Uri.EscapeDataString(value)}";
                var response = await admin.GetAsync(url);
                tried++;
                if ((int)response.StatusCode >= 500)
                    failures.Add($"{url}: {(int)response.StatusCode}");
            }
        tried.ShouldBeGreaterThan(100);
        failures.ShouldBeEmpty();
        (await CountAsync(db => db.Organizations.CountAsync())).ShouldBe(organizations);
    }

    static string PathValue(string path, Match parameter)
    {
        var segments = path.Split('/');
        var index = Array.IndexOf(segments, parameter.Value);
        var previous = index > 0 ? segments[index - 1] : null;
        return parameter.Groups[1].Value.ToLowerInvariant() switch
        {
            "slug" when previous == "events" => Personas.EventX,
            "slug" when previous == "calls" => "sbh-liangjiang-joint-rd",
            "slug" when previous == "agreements" => "sbh-liangjiang-mou-2024",
            "externalid" => Personas.OrgA,
            "kind" => "deals",
            _ => "1",
        };
    }

    /// <summary>Every page's query parameters ([SupplyParameterFromQuery]), on the page's route with seeded values.</summary>
    static IEnumerable<(string Route, string Parameter)> PageQueryParameters()
    {
        foreach (var page in typeof(Program).Assembly.GetTypes().Where(t => t.GetCustomAttributes<RouteAttribute>().Any()))
        {
            var template = page.GetCustomAttributes<RouteAttribute>().First().Template;
            var route = Regex.Replace(template, @"\{(\w+)(:\w+)?\}", m => Uri.EscapeDataString(PathValue(template.Split(':')[0], m)));
            foreach (var property in page.GetProperties())
                if (property.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is { } query)
                    yield return (route, query.Name ?? property.Name);
        }
    }

    [Fact]
    public async Task Uploaded_file_names_lose_their_path()
    {
        var seoul = await app.ClientAsync(Persona.SeoulOperator);
        const string agreement = "sbh-liangjiang-mou-2024";
        var token = await TokenAsync(seoul, $"/cooperation/agreements/{agreement}");
        var name = $"../../../etc/annex-{app.Provider}.pdf";
        var created = await BioBridgeApp.JsonAsync(await seoul.PostAsync($"/api/v1/agreements/{agreement}/documents", new MultipartFormDataContent
        {
            { new ByteArrayContent("%PDF-1.4 annex"u8.ToArray()), "file", name },
            { new StringContent(token), "__RequestVerificationToken" },
        }), HttpStatusCode.Created);
        created.GetProperty("fileName").GetString().ShouldBe($"annex-{app.Provider}.pdf");

        var dryRun = await BioBridgeApp.OkJsonAsync(await seoul.PostAsync("/api/v1/organizations/import?dryRun=true", new MultipartFormDataContent
        {
            { new ByteArrayContent("external_id,cluster,name_en\npath-1,seoul-bio-hub,Path Co\n"u8.ToArray()), "file", "..\\..\\secret\\orgs.csv" },
        }));
        dryRun.GetProperty("file").GetString().ShouldBe("orgs.csv");
    }

    [Fact]
    public async Task A_form_post_without_antiforgery_token_is_refused_and_changes_nothing()
    {
        var member = await app.ClientAsync(Persona.OrgAMember);
        var title = $"Forged {app.Provider} {Guid.NewGuid():N}";
        var forged = await member.PostAsync("/opportunities/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "opportunity", ["kind"] = "technology-offer", ["title"] = title, ["body"] = "Posted from another site.",
        }));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CountAsync(db => db.Opportunities.CountAsync(o => o.Title == title))).ShouldBe(0);

        // The same form with its token works, so the refusal was the missing token.
        var token = await TokenAsync(member, "/opportunities/new");
        var genuine = await member.PostAsync("/opportunities/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "opportunity", ["kind"] = "technology-offer", ["title"] = title, ["body"] = "Posted from the form.",
            ["__RequestVerificationToken"] = token,
        }));
        ((int)genuine.StatusCode).ShouldBeLessThan(400);
        (await CountAsync(db => db.Opportunities.CountAsync(o => o.Title == title))).ShouldBe(1);

        // Signing in and out are forms too: without a token neither happens.
        (await app.Anonymous().PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = Personas.Email(Persona.OrgAMember), ["password"] = BioBridgeApp.DemoPassword,
        }))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await member.PostAsync("/account/sign-out", new FormUrlEncodedContent([]))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await member.GetAsync("/opportunities/new")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // An agreement document needs the page's token as well.
        var seoul = await app.ClientAsync(Persona.SeoulOperator);
        (await seoul.PostAsync("/api/v1/agreements/sbh-liangjiang-mou-2024/documents", new MultipartFormDataContent
        {
            { new ByteArrayContent("%PDF-1.4 forged"u8.ToArray()), "file", "forged.pdf" },
        })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CountAsync(db => db.AgreementDocuments.CountAsync(d => d.FileName == "forged.pdf"))).ShouldBe(0);
    }

    [Fact]
    public async Task Oversized_and_malformed_uploads_are_refused_with_a_reason_and_nothing_written()
    {
        var seoul = await app.ClientAsync(Persona.SeoulOperator);
        var organizations = await CountAsync(db => db.Organizations.CountAsync());
        async Task<string> RefusedAsync(string name, byte[] content)
        {
            var response = await seoul.PostAsync("/api/v1/organizations/import", new MultipartFormDataContent
            {
                { new ByteArrayContent(content), "file", name },
            });
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
            return body;
        }

        (await RefusedAsync("organizations.xlsx", Encoding.UTF8.GetBytes("PK this is not a workbook"))).ShouldContain("not a readable .xlsx");
        (await RefusedAsync("organizations.exe", [0x4D, 0x5A, 0x90])).ShouldContain("neither .csv nor .xlsx");
        (await RefusedAsync("organizations.csv", [0xFF, 0xFE, 0x00, 0x41])).ShouldContain("not UTF-8");
        (await RefusedAsync("organizations.csv", [])).ShouldContain("attach a .csv or .xlsx");
        (await CountAsync(db => db.Organizations.CountAsync())).ShouldBe(organizations);

        var token = await TokenAsync(seoul, "/cooperation/agreements/sbh-liangjiang-mou-2024");
        var documents = await CountAsync(db => db.AgreementDocuments.CountAsync());
        var oversized = new byte[11 * 1024 * 1024];
        "%PDF"u8.CopyTo(oversized);
        var large = await seoul.PostAsync("/api/v1/agreements/sbh-liangjiang-mou-2024/documents", new MultipartFormDataContent
        {
            { new ByteArrayContent(oversized), "file", "huge.pdf" },
            { new StringContent(token), "__RequestVerificationToken" },
        });
        large.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge);
        (await CountAsync(db => db.AgreementDocuments.CountAsync())).ShouldBe(documents);
    }

    [Fact]
    public async Task Pages_and_api_carry_the_security_headers()
    {
        foreach (var path in new[] { "/", "/organizations", "/api/v1/events" })
        {
            var response = await app.Anonymous().GetAsync(path);
            var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
            csp.ShouldContain("frame-ancestors 'none'");
            csp.ShouldContain("script-src 'self'");
            csp.ShouldContain("object-src 'none'");
            response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
            response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
            response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse("HSTS is for https only");
        }
    }

    [Fact]
    public void Settings_hold_no_secret()
    {
        var settings = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json"));
        var secrets = Regex.Matches(settings, "\"(\\w*(Password|Secret|ApiKey|Token)\\w*)\"\\s*:\\s*\"([^\"]+)\"", RegexOptions.IgnoreCase);
        secrets.Select(m => m.Groups[1].Value).ShouldBeEmpty();
        settings.ShouldNotContain("Password=", Case.Insensitive);
    }
}
