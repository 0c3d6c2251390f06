using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;

namespace BioBridge.Tests;

/// <summary>Cooperation rules through the API on each provider: dashboard and records, deals, commitments, pipelines, introductions.</summary>
public abstract class CooperationApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    const string Mou = "sbh-liangjiang-mou-2024";

    Task<HttpClient> SeoulAsync() => app.OperatorAsync();

    Task<HttpClient> LiangjiangAsync() => app.SignedInAsync("operator@liangjiang.example");

    static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return JsonDocument.Parse(body).RootElement;
    }

    [Fact]
    public async Task Every_dashboard_figure_equals_the_number_of_its_records()
    {
        var client = await SeoulAsync();
        var dashboard = await BioBridgeApp.OkJsonAsync(await client.GetAsync("/api/v1/cooperation/dashboard?from=2024-01-01&to=2026-12-31&lang=en"));
        dashboard.GetProperty("deals").GetProperty("value").GetInt64().ShouldBeGreaterThanOrEqualTo(5);
        dashboard.GetProperty("meetingsHeld").GetProperty("value").GetInt64().ShouldBeGreaterThan(0);
        dashboard.GetProperty("followUps").GetProperty("value").GetInt64().ShouldBeGreaterThan(0);
        dashboard.GetProperty("projects").GetProperty("value").GetInt64().ShouldBeGreaterThanOrEqualTo(3);
        var figures = new[] { "organizations", "opportunities", "meetingRequests", "meetingsHeld", "followUps", "introductions", "deals", "projects", "commitments", "commitmentsOnTime" }
            .Select(name => dashboard.GetProperty(name))
            .Concat(dashboard.GetProperty("organizationsByCluster").EnumerateArray())
            .Concat(dashboard.GetProperty("organizationsBySector").EnumerateArray())
            .Concat(dashboard.GetProperty("dealsByKind").EnumerateArray())
            .Concat(dashboard.GetProperty("projectsByStatus").EnumerateArray());
        foreach (var figure in figures)
        {
            var href = figure.GetProperty("href").GetString()!;
            var api = href.Replace("/cooperation/records/", "/api/v1/cooperation/records/");
            var records = await BioBridgeApp.OkJsonAsync(await client.GetAsync(api + "&pageSize=1"));
            records.GetProperty("total").GetInt64().ShouldBe(figure.GetProperty("value").GetInt64(), href);
        }
    }

    [Fact]
    public async Task Cluster_and_agreement_filters_narrow_the_figures()
    {
        var client = await SeoulAsync();
        var all = await BioBridgeApp.OkJsonAsync(await client.GetAsync("/api/v1/cooperation/dashboard?from=2019-01-01"));
        var seoul = await BioBridgeApp.OkJsonAsync(await client.GetAsync("/api/v1/cooperation/dashboard?from=2019-01-01&cluster=seoul-bio-hub"));
        seoul.GetProperty("organizationsByCluster").EnumerateArray().Select(c => c.GetProperty("key").GetString()).ShouldBe(["seoul-bio-hub"]);
        seoul.GetProperty("organizations").GetProperty("value").GetInt64().ShouldBeLessThan(all.GetProperty("organizations").GetProperty("value").GetInt64());
        var mou = await BioBridgeApp.OkJsonAsync(await client.GetAsync($"/api/v1/cooperation/dashboard?from=2019-01-01&agreement={Mou}"));
        mou.GetProperty("from").GetString().ShouldBe("2024-07-29");
        var bad = await ProblemAsync(await client.GetAsync("/api/v1/cooperation/dashboard?from=2026-01-01&to=2025-01-01&cluster=mars"), HttpStatusCode.BadRequest);
        bad.GetProperty("errors").GetProperty("from")[0].GetString()!.ShouldContain("after it ends");
        bad.GetProperty("errors").GetProperty("cluster")[0].GetString()!.ShouldContain("mars");
        (await app.Anonymous().GetAsync("/api/v1/cooperation/dashboard")).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_deal_value_is_converted_to_usd_at_the_rate_stored_for_its_date()
    {
        var client = await SeoulAsync();
        var created = await BioBridgeApp.OkJsonAsync(await client.PostAsJsonAsync("/api/v1/cooperation/exchange-rates",
            new { currency = "CNY", validFrom = "2025-06-01", unitsPerUsd = 8.0m }));
        created.GetProperty("unitsPerUsd").GetDecimal().ShouldBe(8.0m);

        async Task<JsonElement> DealAsync(string closedOn, decimal amount, string currency)
        {
            var response = await client.PostAsJsonAsync("/api/v1/cooperation/deals", new
            {
                kind = "licensing", title = $"Rate test {closedOn} {currency}", amount, currency, closedOn,
                parties = new[] { "sbh-hanui-cell", "cq-shancheng-cell" }, source = "recommendation",
            });
            return await ProblemAsync(response, HttpStatusCode.Created);
        }
        // 2025-05-31 falls under the demo rate of 2025-01-01 (7.30 CNY per USD), 2025-06-01 under the new one (8.00).
        (await DealAsync("2025-05-31", 730_000m, "CNY")).GetProperty("valueUsd").GetDecimal().ShouldBe(100_000m);
        var later = await DealAsync("2025-06-01", 730_000m, "CNY");
        later.GetProperty("valueUsd").GetDecimal().ShouldBe(91_250m);
        later.GetProperty("rateOn").GetString().ShouldBe("2025-06-01");
        (await DealAsync("2025-06-01", 1_455_000m, "KRW")).GetProperty("valueUsd").GetDecimal().ShouldBe(1_000m);
        (await DealAsync("2020-01-01", 99.99m, "USD")).GetProperty("valueUsd").GetDecimal().ShouldBe(99.99m);

        var noRate = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/cooperation/deals", new
        {
            kind = "supply", title = "Before any KRW rate", amount = 1000m, currency = "KRW", closedOn = "2023-05-01",
            parties = new[] { "sbh-hanui-cell", "cq-shancheng-cell" }, source = "recommendation",
        }), HttpStatusCode.BadRequest);
        noRate.GetProperty("errors").GetProperty("currency")[0].GetString()!.ShouldContain("No stored KRW rate on or before 2023-05-01");
    }

    [Fact]
    public async Task Recording_a_deal_names_every_invalid_field()
    {
        var client = await SeoulAsync();
        var problem = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/cooperation/deals", new
        {
            kind = "merger", title = "x", amount = -5m, currency = "EUR", closedOn = "2099-01-01", parties = new[] { "sbh-hanui-cell" }, source = "meeting",
        }), HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.GetProperty("kind")[0].GetString()!.ShouldContain("joint-venture");
        errors.GetProperty("title")[0].GetString()!.ShouldContain("3 to");
        errors.GetProperty("amount")[0].GetString()!.ShouldContain("greater than 0");
        errors.GetProperty("currency")[0].GetString()!.ShouldContain("KRW, CNY, USD");
        errors.GetProperty("closedOn")[0].GetString()!.ShouldContain("future");
        errors.GetProperty("parties")[0].GetString()!.ShouldContain("at least 2");
        errors.GetProperty("meetingId")[0].GetString()!.ShouldContain("meeting id");

        var project = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/cooperation/projects", new
        {
            title = "One-sided project", partners = new[] { "sbh-hanui-cell", "sbh-solbit-gene" }, startedOn = "2026-01-01", budget = 10m,
        }), HttpStatusCode.BadRequest);
        project.GetProperty("errors").GetProperty("partners")[0].GetString()!.ShouldContain("both clusters");
        project.GetProperty("errors").GetProperty("budgetCurrency")[0].GetString()!.ShouldContain("currency");
        (await app.Anonymous().PostAsJsonAsync("/api/v1/cooperation/deals", new { kind = "supply" })).StatusCode
            .ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_commitment_is_on_time_until_its_due_date_passes_and_late_when_done_after_it()
    {
        var client = await SeoulAsync();
        var overdue = await ProblemAsync(await client.PostAsJsonAsync($"/api/v1/agreements/{Mou}/commitments",
            new { title = $"Overdue report {app.Provider}", owner = "Global team", dueOn = "2025-01-31" }), HttpStatusCode.Created);
        overdue.GetProperty("status").GetString().ShouldBe("overdue");
        overdue.GetProperty("onTime").GetBoolean().ShouldBeFalse();
        var id = overdue.GetProperty("id").GetInt32();

        var late = await BioBridgeApp.OkJsonAsync(await client.PutAsJsonAsync($"/api/v1/agreements/{Mou}/commitments/{id}",
            new { title = $"Overdue report {app.Provider}", owner = "Global team", dueOn = "2025-01-31", completedOn = "2025-02-03" }));
        late.GetProperty("status").GetString().ShouldBe("done-late");
        var onTime = await BioBridgeApp.OkJsonAsync(await client.PutAsJsonAsync($"/api/v1/agreements/{Mou}/commitments/{id}",
            new { title = $"Overdue report {app.Provider}", owner = "Global team", dueOn = "2025-01-31", completedOn = "2025-01-31" }));
        onTime.GetProperty("status").GetString().ShouldBe("done-on-time");
        var open = await ProblemAsync(await client.PostAsJsonAsync($"/api/v1/agreements/{Mou}/commitments",
            new { title = $"Future plan {app.Provider}", owner = "Global team", dueOn = "2099-12-31" }), HttpStatusCode.Created);
        open.GetProperty("status").GetString().ShouldBe("open");
        open.GetProperty("onTime").GetBoolean().ShouldBeTrue();

        var invalid = await ProblemAsync(await client.PostAsJsonAsync($"/api/v1/agreements/{Mou}/commitments", new { title = "", ownerCluster = "mars" }),
            HttpStatusCode.BadRequest);
        var errors = invalid.GetProperty("errors");
        errors.GetProperty("title")[0].GetString()!.ShouldContain("at least 3");
        errors.GetProperty("owner")[0].GetString()!.ShouldContain("owns");
        errors.GetProperty("dueOn")[0].GetString()!.ShouldContain("due date");
        errors.GetProperty("ownerCluster")[0].GetString()!.ShouldContain("mars");
    }

    [Fact]
    public async Task Only_the_operators_of_a_pipelines_cluster_see_and_manage_it()
    {
        var seoul = await SeoulAsync();
        var liangjiang = await LiangjiangAsync();
        var seoulPipelines = await BioBridgeApp.OkJsonAsync(await seoul.GetAsync("/api/v1/cooperation/pipelines"));
        seoulPipelines.EnumerateArray().ShouldAllBe(p => p.GetProperty("cluster").GetString() == "seoul-bio-hub");
        var pipeline = seoulPipelines[0].GetProperty("id").GetInt32();

        // Another cluster's pipeline is not found at all: its existence is not confirmed.
        (await liangjiang.GetAsync($"/api/v1/cooperation/pipelines/{pipeline}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var refused = await liangjiang.PostAsJsonAsync($"/api/v1/cooperation/pipelines/{pipeline}/entries", new { organization = "cq-collagenix", stage = "discovered" });
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await liangjiang.PostAsJsonAsync("/api/v1/cooperation/pipelines", new { name = "Not ours", cluster = "seoul-bio-hub" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var moved = await BioBridgeApp.OkJsonAsync(await seoul.PostAsJsonAsync($"/api/v1/cooperation/pipelines/{pipeline}/entries",
            new { organization = "cq-collagenix", stage = "contacted", notes = "Met at the forum." }));
        moved.GetProperty("stage").GetString().ShouldBe("contacted");
        moved.GetProperty("owner").GetString().ShouldBe("Seoul Bio Hub operator");
        moved.GetProperty("score").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
        var invalid = await ProblemAsync(await seoul.PostAsJsonAsync($"/api/v1/cooperation/pipelines/{pipeline}/entries",
            new { organization = "nobody", stage = "signed" }), HttpStatusCode.BadRequest);
        invalid.GetProperty("errors").GetProperty("stage")[0].GetString()!.ShouldContain("discovered, contacted, evaluated, introduced, partnered");
        invalid.GetProperty("errors").GetProperty("organization")[0].GetString()!.ShouldContain("nobody");

        var member = await app.MemberAsync($"coop-member-{app.Provider}@xiaowan.example", "cq-xiaowan");
        (await member.GetAsync("/api/v1/cooperation/pipelines")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous().GetAsync("/api/v1/cooperation/pipelines")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_operator_introduces_own_members_and_only_the_other_cluster_answers()
    {
        var seoul = await SeoulAsync();
        var liangjiang = await LiangjiangAsync();
        (await seoul.PostAsJsonAsync("/api/v1/cooperation/introductions", new { organization = "cq-collagenix" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var created = await ProblemAsync(await seoul.PostAsJsonAsync("/api/v1/cooperation/introductions",
            new { organization = "sbh-solbit-gene", forOrganization = "cq-yulan-biologics", note = "Gene therapy meets biologics." }), HttpStatusCode.Created);
        created.GetProperty("toCluster").GetString().ShouldBe("liangjiang");
        var id = created.GetProperty("id").GetInt32();
        (await seoul.PostAsJsonAsync($"/api/v1/cooperation/introductions/{id}/answer", new { accept = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await liangjiang.PostAsJsonAsync($"/api/v1/cooperation/introductions/{id}/answer", new { accept = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await liangjiang.PostAsJsonAsync($"/api/v1/cooperation/introductions/{id}/answer", new { accept = false })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_innovation_score_shows_each_weighted_component()
    {
        var client = await SeoulAsync();
        var score = await BioBridgeApp.OkJsonAsync(await client.GetAsync("/api/v1/cooperation/organizations/sbh-solbit-gene/innovation-score"));
        var components = score.GetProperty("components").EnumerateArray().ToList();
        components.Select(c => c.GetProperty("key").GetString()).ShouldBe(["patents", "growth", "export-reach", "rd-intensity", "awards"]);
        components.Sum(c => c.GetProperty("weight").GetDouble()).ShouldBe(1.0, 1e-9);
        score.GetProperty("total").GetDouble().ShouldBe(components.Sum(c => c.GetProperty("points").GetDouble()), 0.11);
        // Solbit's R&D intensity (45%) is past the saturation point: the component is full.
        components.Single(c => c.GetProperty("key").GetString() == "rd-intensity").GetProperty("points").GetDouble().ShouldBe(20);
    }

    [Fact]
    public async Task The_workbook_holds_the_dashboards_figures_with_text_cells_that_never_run_as_formulas()
    {
        var client = await SeoulAsync();
        var query = "from=2024-01-01&to=2026-12-31&lang=zh";
        var dashboard = await BioBridgeApp.OkJsonAsync(await client.GetAsync("/api/v1/cooperation/dashboard?" + query));
        var response = await client.GetAsync("/api/v1/cooperation/report.xlsx?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet("看板");
        var values = sheet.RowsUsed().Skip(4).Where(r => r.Cell(1).GetString() == "合作成效")
            .ToDictionary(r => r.Cell(4).GetString(), r => r.Cell(3).GetValue<long>());
        values["deals"].ShouldBe(dashboard.GetProperty("deals").GetProperty("value").GetInt64());
        values["meetings-held"].ShouldBe(dashboard.GetProperty("meetingsHeld").GetProperty("value").GetInt64());
        values["deal-value-usd"].ShouldBe(dashboard.GetProperty("dealValueUsdCents").GetInt64() / 100);
        sheet.RowsUsed().Any(r => r.Cell(2).GetString() == "交易").ShouldBeTrue();
        sheet.CellsUsed().ShouldAllBe(c => !c.HasFormula);
    }

    [Fact]
    public async Task Agreement_documents_are_limited_in_type_and_size_and_download_as_uploaded()
    {
        var client = await SeoulAsync();
        var page = await client.GetStringAsync($"/cooperation/agreements/{Mou}");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        token.ShouldNotBeEmpty();
        Task<HttpResponseMessage> UploadAsync(string name, byte[] content) => client.PostAsync($"/api/v1/agreements/{Mou}/documents", new MultipartFormDataContent
        {
            { new ByteArrayContent(content), "file", name },
            { new StringContent(token), "__RequestVerificationToken" },
        });

        var wrongType = await ProblemAsync(await UploadAsync("setup.exe", [1, 2, 3]), HttpStatusCode.BadRequest);
        wrongType.GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain("only .pdf");
        var notPdf = await ProblemAsync(await UploadAsync("mou.pdf", "hello"u8.ToArray()), HttpStatusCode.BadRequest);
        notPdf.GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain("not a PDF");
        var tooLarge = new byte[11 * 1024 * 1024];
        "%PDF"u8.CopyTo(tooLarge);
        var large = await ProblemAsync(await UploadAsync("big.pdf", tooLarge), HttpStatusCode.RequestEntityTooLarge);
        large.GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain("the limit is 10 MB");

        var pdf = "%PDF-1.4 signed MOU"u8.ToArray();
        var created = await ProblemAsync(await UploadAsync($"MOU-{app.Provider}.pdf", pdf), HttpStatusCode.Created);
        var download = await client.GetAsync(created.GetProperty("href").GetString());
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        var listed = await BioBridgeApp.OkJsonAsync(await client.GetAsync($"/api/v1/agreements/{Mou}/documents"));
        listed.EnumerateArray().ShouldContain(d => d.GetProperty("fileName").GetString() == $"MOU-{app.Provider}.pdf");
        (await app.Anonymous().GetAsync(created.GetProperty("href").GetString())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
