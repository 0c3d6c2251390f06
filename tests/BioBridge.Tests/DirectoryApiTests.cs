using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BioBridge.Data;
using BioBridge.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

/// <summary>The directory's HTTP API (docs/contracts.md section 4) over the demo data, on each provider.</summary>
public abstract class DirectoryApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    static Task<JsonElement> Json(HttpResponseMessage response) => BioBridgeApp.OkJsonAsync(response);

    [Fact]
    public async Task Health_answers_ok_when_the_database_is_up()
    {
        var response = await app.Anonymous().GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Readiness_reports_the_built_search_index()
    {
        var response = await app.Anonymous().GetAsync("/health/ready");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task OpenApi_document_describes_the_organization_endpoints()
    {
        var doc = await Json(await app.Anonymous().GetAsync("/openapi/v1.json"));
        var paths = doc.GetProperty("paths");
        paths.TryGetProperty("/api/v1/organizations", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/organizations/{externalId}", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/organizations/{externalId}/recommendations", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task OpenApi_document_lists_every_route_value_of_an_operation_as_a_path_parameter()
    {
        var doc = await Json(await app.Anonymous().GetAsync("/openapi/v1.json"));
        var missing = new List<string>();
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Name != "parameters"))
            {
                var declared = operation.Value.TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase)
                    : [];
                missing.AddRange(System.Text.RegularExpressions.Regex.Matches(path.Name, @"\{(\w+)\}").Select(m => m.Groups[1].Value)
                    .Where(name => !declared.Contains(name)).Select(name => $"{operation.Name.ToUpperInvariant()} {path.Name}: {name}"));
            }
        missing.ShouldBeEmpty();
    }

    [Fact]
    public async Task Public_listing_shows_published_demo_organizations_only()
    {
        var body = await Json(await app.Anonymous().GetAsync("/api/v1/organizations?pageSize=100"));
        body.GetProperty("total").GetInt32().ShouldBeGreaterThan(60);
        var items = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("organization")).ToList();
        items.ShouldAllBe(o => o.GetProperty("isPublished").GetBoolean());
        var clusters = body.GetProperty("facets").GetProperty("clusters").EnumerateArray()
            .Select(f => f.GetProperty("value").GetString()).ToList();
        clusters.ShouldContain("seoul-bio-hub");
        clusters.ShouldContain("liangjiang");
    }

    [Fact]
    public async Task Listing_filters_by_cluster()
    {
        var body = await Json(await app.Anonymous().GetAsync("/api/v1/organizations?cluster=liangjiang&pageSize=100"));
        body.GetProperty("items").EnumerateArray()
            .ShouldAllBe(i => i.GetProperty("organization").GetProperty("cluster").GetString() == "liangjiang");
    }

    [Fact]
    public async Task Xiaowan_profile_has_its_published_facts()
    {
        var body = await Json(await app.Anonymous().GetAsync("/api/v1/organizations/cq-xiaowan?lang=zh"));
        body.GetProperty("name").GetProperty("zh").GetString().ShouldBe("重庆小丸生物科技股份有限公司");
        body.GetProperty("patents").GetInt32().ShouldBe(30);
        body.GetProperty("exportRegions").EnumerateArray().Select(r => r.GetString())
            .ShouldBe(["EU", "NA", "SA", "SEA", "ME"], ignoreOrder: true);
        body.GetProperty("isSample").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Offers_and_needs_come_as_written_and_machine_translated_per_language_and_hide_with_the_pipeline()
    {
        await ChangeAsync("cq-xiaowan", o =>
        {
            o.SetMachinePhrases("offers", "ko", ["화장품용 마이크로캡슐 원료"]);
            o.SetMachinePhrases("needs", "en", ["Korean cosmetics brand partners"]);
        });
        try
        {
            var body = await Json(await app.Anonymous().GetAsync("/api/v1/organizations/cq-xiaowan?lang=ko"));
            var offers = body.GetProperty("offersVersions");
            offers.GetProperty("zh").GetProperty("state").GetString().ShouldBe("original");
            offers.GetProperty("zh").GetProperty("phrases").EnumerateArray().Select(p => p.GetString())
                .ShouldBe(body.GetProperty("offers").EnumerateArray().Select(p => p.GetString()));
            offers.GetProperty("ko").GetProperty("state").GetString().ShouldBe("machine");
            offers.GetProperty("ko").GetProperty("phrases")[0].GetString().ShouldBe("화장품용 마이크로캡슐 원료");
            offers.GetProperty("en").ValueKind.ShouldBe(JsonValueKind.Null);
            body.GetProperty("needsVersions").GetProperty("en").GetProperty("state").GetString().ShouldBe("machine");

            await ChangeAsync("cq-xiaowan", o => o.PipelineVisibility = Visibility.Members);
            var hidden = await Json(await app.Anonymous().GetAsync("/api/v1/organizations/cq-xiaowan?lang=ko"));
            foreach (var field in new[] { "offersVersions", "needsVersions" })
                hidden.GetProperty(field).EnumerateObject().ShouldAllBe(v => v.Value.ValueKind == JsonValueKind.Null);
        }
        finally
        {
            await ChangeAsync("cq-xiaowan", o => (o.PhraseTranslations, o.PipelineVisibility) = (null, Visibility.Public));
        }
    }

    [Fact]
    public async Task A_result_card_says_when_its_snippet_is_a_machine_translation()
    {
        await ChangeAsync("cq-xiaowan", o => (o.TextStates, o.UpdatedAt) = ("description.ko=machine", DateTime.UtcNow));
        try
        {
            var body = await Json(await app.Anonymous().GetAsync("/api/v1/organizations?cluster=liangjiang&pageSize=100&lang=ko"));
            var card = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("organization"))
                .Single(o => o.GetProperty("externalId").GetString() == "cq-xiaowan");
            (card.GetProperty("snippetLanguage").GetString(), card.GetProperty("snippetState").GetString()).ShouldBe(("ko", "machine"));
        }
        finally
        {
            await ChangeAsync("cq-xiaowan", o => (o.TextStates, o.UpdatedAt) = (null, DateTime.UtcNow));
        }
    }

    [Fact]
    public async Task OpenApi_document_describes_the_phrase_versions_of_an_organization()
    {
        var schemas = (await Json(await app.Anonymous().GetAsync("/openapi/v1.json"))).GetProperty("components").GetProperty("schemas");
        var detail = schemas.GetProperty("OrganizationDetail").GetProperty("properties");
        detail.TryGetProperty("offersVersions", out _).ShouldBeTrue();
        detail.TryGetProperty("needsVersions", out _).ShouldBeTrue();
        schemas.GetProperty("PhraseListVersion").GetProperty("properties").TryGetProperty("phrases", out _).ShouldBeTrue();
    }

    async Task ChangeAsync(string externalId, Action<Organization> change)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        change(await db.Organizations.SingleAsync(o => o.ExternalId == externalId));
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<DirectoryChanges>().OrganizationsChangedAsync([externalId], default);
    }

    [Fact]
    public async Task Unknown_or_unpublished_organization_is_not_found_for_the_public()
    {
        (await app.Anonymous().GetAsync("/api/v1/organizations/no-such-org")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var unpublished = await UnpublishedIdAsync();
        (await app.Anonymous().GetAsync($"/api/v1/organizations/{unpublished}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var operatorClient = await app.OperatorAsync();
        (await operatorClient.GetAsync($"/api/v1/organizations/{unpublished}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    async Task<string> UnpublishedIdAsync()
    {
        var operatorClient = await app.OperatorAsync();
        var export = await operatorClient.GetStringAsync("/api/v1/organizations/export?format=csv");
        var lines = export.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var row = lines.Skip(1).First(l => l.TrimEnd('\r').EndsWith(",false"));
        return row.Split(',')[0];
    }

    [Fact]
    public async Task Bad_paging_parameters_answer_a_validation_problem()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/organizations?pageSize=1000&page=0");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("pageSize");
        body.ShouldContain("page");
    }

    [Fact]
    public async Task Anonymous_import_is_refused_and_changes_nothing()
    {
        var before = (await Json(await app.Anonymous().GetAsync("/api/v1/organizations?pageSize=1"))).GetProperty("total").GetInt32();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("external_id,cluster,name_en\nanon-1,other,Anon Co\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "anon.csv");
        var response = await app.Anonymous().PostAsync("/api/v1/organizations/import", form);
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        var after = (await Json(await app.Anonymous().GetAsync("/api/v1/organizations?pageSize=1"))).GetProperty("total").GetInt32();
        after.ShouldBe(before);
        (await app.Anonymous().GetAsync("/api/v1/organizations/export")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Operator_import_through_the_api_reports_row_problems_or_imports()
    {
        var client = await app.OperatorAsync();
        var bad = await client.PostAsync("/api/v1/organizations/import", Upload("external_id,cluster,name_en,founded\napi-1,seoul-bio-hub,Api Co,3000\n"));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problems = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("problems");
        problems[0].GetProperty("row").GetInt32().ShouldBe(2);
        problems[0].GetProperty("column").GetString().ShouldBe("founded");

        var good = await client.PostAsync("/api/v1/organizations/import", Upload("external_id,cluster,name_en,description_en\napi-2,seoul-bio-hub,Api Vaccines,mRNA vaccine developer\n"));
        (await Json(good)).GetProperty("created").GetInt32().ShouldBe(1);
        var found = await Json(await app.Anonymous().GetAsync("/api/v1/organizations/api-2"));
        found.GetProperty("name").GetProperty("en").GetString().ShouldBe("Api Vaccines");
        var listed = await Json(await app.Anonymous().GetAsync("/api/v1/organizations?q=Api%20Vaccines"));
        listed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("organization").GetProperty("externalId").GetString())
            .ShouldContain("api-2");
    }

    [Theory]
    [InlineData("ko", "1800년부터", "알 수 없는 열")]
    [InlineData("zh-Hans", "1800 年至", "未知的列")]
    [InlineData("en", "a year from 1800", "unknown column")]
    public async Task Import_problems_are_told_in_the_readers_language(string culture, string yearProblem, string columnProblem)
    {
        var client = await app.OperatorAsync();
        await client.GetAsync($"/culture/{culture}?returnUrl=/");
        var badYear = await client.PostAsync("/api/v1/organizations/import", Upload("external_id,cluster,name_en,founded\napi-9,seoul-bio-hub,Api Co,3000\n"));
        badYear.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await badYear.Content.ReadAsStringAsync()).RootElement.GetProperty("problems")[0];
        problem.GetProperty("column").GetString().ShouldBe("founded");
        problem.GetProperty("message").GetString()!.ShouldContain(yearProblem);
        problem.GetProperty("message").GetString()!.ShouldContain("3000");
        var badColumn = await client.PostAsync("/api/v1/organizations/import", Upload("external_id,cluster,name_en,ceo\napi-9,seoul-bio-hub,Api Co,Kim\n"));
        var header = JsonDocument.Parse(await badColumn.Content.ReadAsStringAsync()).RootElement.GetProperty("problems")[0];
        header.GetProperty("column").GetString().ShouldBe("ceo");
        header.GetProperty("message").GetString()!.ShouldContain(columnProblem);
    }

    /// <summary>What a broken file's problems say, by the language a client asks for: row and field problems, then the
    /// file's own (not UTF-8, not a workbook, neither .csv nor .xlsx).</summary>
    public static TheoryData<string, string[], string[]> BrokenFileProblems => new()
    {
        {
            "ko",
            ["알 수 없는 클러스터 'nowhere'", "'3000'은(는) 1800년부터", "'ftp://x'은(는) http(s)로 시작하는 전체 주소가 아닙니다", "이 행의 셀은 6개인데 머리글은 5개입니다"],
            ["파일이 UTF-8 텍스트가 아닙니다. 'CSV UTF-8'로 저장하세요", "읽을 수 있는 .xlsx 통합 문서가 아닙니다", "'notes.txt'은(는) .csv도 .xlsx도 아닙니다"]
        },
        {
            "zh-Hans",
            ["未知的集群“nowhere”", "“3000”不是1800 年至", "“ftp://x”不是以 http(s) 开头的完整网址", "该行有 6 个单元格，但表头只有 5 个"],
            ["文件不是 UTF-8 文本；请另存为“CSV UTF-8”", "该文件不是可读取的 .xlsx 工作簿", "“notes.txt”既不是 .csv 也不是 .xlsx"]
        },
    };

    [Theory]
    [MemberData(nameof(BrokenFileProblems))]
    public async Task A_broken_files_problems_name_row_and_field_in_the_language_the_client_asks_for(string language, string[] rowProblems, string[] fileProblems)
    {
        var client = await app.OperatorAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var rows = await client.PostAsync("/api/v1/organizations/import?dryRun=true", Upload(
            "external_id,cluster,name_en,founded,website\nbroken-1,nowhere,Broken Co,3000,ftp://x\nbroken-2,seoul-bio-hub,Fine Co,2001,https://fine.example,extra\n"));
        var notUtf8 = await client.PostAsync("/api/v1/organizations/import?dryRun=true",
            Upload([.. Encoding.UTF8.GetBytes("external_id,cluster,name_en\nbroken-3,seoul-bio-hub,"), 0xC0, 0xFF, (byte)'\n'], "latin.csv"));
        var notWorkbook = await client.PostAsync("/api/v1/organizations/import?dryRun=true", Upload(Encoding.UTF8.GetBytes("not a zip"), "broken.xlsx"));
        var neither = await client.PostAsync("/api/v1/organizations/import?dryRun=true", Upload(Encoding.UTF8.GetBytes("x"), "notes.txt"));

        var found = (await ProblemsAsync(rows)).Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString(), p.GetProperty("message").GetString()!)).ToList();
        found.Count.ShouldBe(4, string.Join("; ", found));
        found.ShouldContain(p => p.Item1 == 2 && p.Item2 == "cluster" && p.Item3.StartsWith(rowProblems[0]));
        found.ShouldContain(p => p.Item1 == 2 && p.Item2 == "founded" && p.Item3.StartsWith(rowProblems[1]));
        found.ShouldContain(p => p.Item1 == 2 && p.Item2 == "website" && p.Item3 == rowProblems[2]);
        found.ShouldContain(p => p.Item1 == 3 && p.Item2 == null && p.Item3 == rowProblems[3]);
        (await ProblemsAsync(notUtf8)).Single().GetProperty("message").GetString().ShouldBe(fileProblems[0]);
        (await ProblemsAsync(notWorkbook)).Single().GetProperty("message").GetString().ShouldBe(fileProblems[1]);
        neither.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await neither.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("file")[0].GetString().ShouldBe(fileProblems[2]);
    }

    static async Task<List<JsonElement>> ProblemsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("problems").EnumerateArray().ToList();
    }

    static MultipartFormDataContent Upload(string csv) => Upload(Encoding.UTF8.GetBytes(csv), "upload.csv");

    static MultipartFormDataContent Upload(byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv") ? "text/csv" : "application/octet-stream");
        form.Add(file, "file", fileName);
        return form;
    }

    static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    [Fact]
    public async Task The_csv_export_starts_with_a_byte_order_mark_so_excel_reads_it_as_utf8()
    {
        // The round trip of a file with the mark is Export_then_import_is_a_round_trip (the CLI writes the same file).
        var client = await app.OperatorAsync();
        var export = await client.GetByteArrayAsync("/api/v1/organizations/export?format=csv");
        export[..3].ShouldBe(ByteOrderMark);
        Encoding.UTF8.GetString(export, 3, 12).ShouldBe("external_id,");
    }

    [Theory]
    [InlineData("ko", "기관")]
    [InlineData("zh-Hans", "机构")]
    [InlineData("en", "Organizations")]
    public async Task The_excel_export_names_its_sheet_in_the_readers_language_and_keeps_the_contracts_columns(string language, string sheetName)
    {
        var client = await app.OperatorAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var export = await client.GetByteArrayAsync("/api/v1/organizations/export?format=xlsx");

        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(export));
        workbook.Worksheets.Select(w => w.Name).ShouldBe([sheetName]);
        workbook.Worksheet(1).Cell(1, 1).GetString().ShouldBe("external_id");
        workbook.Worksheet(1).Cell(1, 2).GetString().ShouldBe("cluster");
    }

    [Theory]
    [InlineData("ko", "csv", null, null)]
    [InlineData("zh", "csv", null, null)]
    [InlineData("en", "csv", null, null)]
    [InlineData("ko", "xlsx", "열 안내", "원본 시스템에서 행을 식별하는 고정 키. 파일 안에서 중복 불가")]
    [InlineData("zh", "xlsx", "列说明", "源系统中该行的固定标识；文件内不得重复")]
    [InlineData("en", "xlsx", "Column guide", "stable key of the row in your source system; unique within the file")]
    public async Task The_import_template_of_each_language_carries_every_column_and_imports_as_it_is(
        string lang, string format, string? guideSheet, string? externalIdMeaning)
    {
        var client = await app.OperatorAsync();
        var response = await client.GetAsync($"/api/v1/organizations/template?format={format}&lang={lang}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"organizations-template-{lang}.{format}");
        var template = await response.Content.ReadAsByteArrayAsync();
        string[] columns = ["external_id", "cluster", "kind", "name_ko", "name_zh", "name_en", "description_ko", "description_zh", "description_en",
            "sectors", "offers", "needs", "founded", "employees", "patents", "export_regions", "city", "country", "website", "group", "sample", "published"];
        if (format == "csv")
        {
            template[..3].ShouldBe(ByteOrderMark);
            Encoding.UTF8.GetString(template, 3, template.Length - 3).TrimEnd().ShouldBe(string.Join(",", columns));
        }
        else
        {
            using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(template));
            workbook.Worksheet(1).Row(1).CellsUsed().Select(c => c.GetString()).ShouldBe(columns);
            workbook.Worksheet(1).Name.ShouldBe(lang switch { "ko" => "기관", "zh" => "机构", _ => "Organizations" });
            var guide = workbook.Worksheet(2);
            guide.Name.ShouldBe(guideSheet);
            guide.RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()).ShouldBe(columns);
            guide.Cell(2, 3).GetString().ShouldBe(externalIdMeaning);
        }
        var imported = await Json(await client.PostAsync("/api/v1/organizations/import", Upload(template, $"template.{format}")));
        imported.GetProperty("accepted").GetBoolean().ShouldBeTrue();
        imported.GetProperty("rows").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Events_and_agreements_of_the_demo_are_public()
    {
        var events = await Json(await app.Anonymous().GetAsync("/api/v1/events"));
        var slw = events.EnumerateArray().Single(e => e.GetProperty("slug").GetString() == "slw-2026");
        slw.GetProperty("venue").GetString().ShouldBe("COEX");
        slw.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("kind").GetString()).Distinct()
            .ShouldBe(["exhibition", "forum", "partnering", "conference", "awards"], ignoreOrder: true);

        var agreements = await Json(await app.Anonymous().GetAsync("/api/v1/agreements"));
        var mou = agreements.EnumerateArray().Single(a => a.GetProperty("slug").GetString() == "sbh-liangjiang-mou-2024");
        mou.GetProperty("signedOn").GetString().ShouldBe("2024-07-29");
        mou.GetProperty("scopeAreas").EnumerateArray().Select(s => s.GetString())
            .ShouldBe(["company-discovery", "company-exchange", "rd-expansion"]);
        agreements.EnumerateArray().ShouldContain(a => a.GetProperty("signedOn").GetString()!.StartsWith("2019-05"));
    }

    [Fact]
    public async Task Clusters_carry_their_published_figures()
    {
        var clusters = await Json(await app.Anonymous().GetAsync("/api/v1/clusters"));
        var liangjiang = clusters.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "liangjiang");
        liangjiang.GetProperty("sinceYear").GetInt32().ShouldBe(2011);
        liangjiang.GetProperty("areaSquareMeters").GetInt32().ShouldBe(600_000);
        liangjiang.GetProperty("reportedCompaniesPlanned").GetInt32().ShouldBe(250);
    }
}
