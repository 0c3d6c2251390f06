using System.Text;
using System.Text.Json;
using ClosedXML.Excel;

namespace BioBridge.Tests;

/// <summary>`import companies` and `export companies` as docs/contracts.md sections 1 and 2 define them, on each provider.</summary>
public abstract class OrganizationImportTests(Provider provider) : IAsyncLifetime
{
    const string Header = "external_id,cluster,name_ko,name_zh,name_en,description_en,sectors,offers,needs,founded,employees,patents,export_regions,city,country,website";

    TestDatabase db = null!;
    readonly string folder = Directory.CreateTempSubdirectory("biobridge-import-").FullName;

    public async Task InitializeAsync() => db = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    string File(string name, string content, Encoding? encoding = null)
    {
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllText(path, content, encoding ?? new UTF8Encoding(false));
        return path;
    }

    static string Csv(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    const string Xiaowan = "cq-xw,liangjiang,,重庆小丸生物科技股份有限公司,Chongqing Xiaowan Biotech,Microcapsule raw materials for cosmetics drugs and food,,微胶囊原料,化妆品品牌合作,2015,120,30,EU;NA;SEA,Chongqing,CN,https://xiaowan.example";
    const string Hanul = "kr-hanul,seoul-bio-hub,한울셀,,Hanul Cell,Cell therapy developer,,CAR-T 개발,GMP 위탁생산,2019,35,4,EA,Seoul,kr,https://hanul.example/about";

    Task<CliRun> Import(string path, params string[] extra) => Cli.RunAsync(["import", "companies", path, "--db", db.ConnectionString, .. extra]);

    async Task<JsonElement> ExportJson()
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".csv");
        var run = await Cli.RunAsync("export", "companies", path, "--db", db.ConnectionString, "--json");
        run.ExitCode.ShouldBe(0, run.Stderr);
        return JsonDocument.Parse(run.Stdout).RootElement;
    }

    async Task<int> OrganizationCount() => (await ExportJson()).GetProperty("organizations").GetInt32();

    [Fact]
    public async Task Import_creates_every_row_and_reimporting_the_same_file_changes_nothing()
    {
        var path = File("orgs.csv", Csv(Xiaowan, Hanul));
        var first = await Import(path, "--json");
        first.ExitCode.ShouldBe(0, first.Stderr);
        var summary = JsonDocument.Parse(first.Stdout).RootElement;
        summary.GetProperty("created").GetInt32().ShouldBe(2);

        var again = await Import(path, "--json");
        again.ExitCode.ShouldBe(0, again.Stderr);
        var second = JsonDocument.Parse(again.Stdout).RootElement;
        second.GetProperty("created").GetInt32().ShouldBe(0);
        second.GetProperty("updated").GetInt32().ShouldBe(0);
        second.GetProperty("unchanged").GetInt32().ShouldBe(2);
    }

    [Theory]
    [InlineData("ko_KR.UTF-8", "bad.csv: 거부되어 아무것도 가져오지 않았습니다(문제 1건):", "bad.csv: 3행 'cluster' 열: 알 수 없는 클러스터 'busan'", "import: 파일 읽는 중 0/1")]
    [InlineData("zh_CN.UTF-8", "bad.csv：已拒绝，未导入任何内容（1 个问题）：", "bad.csv: 第 3 行“cluster”列：未知的集群“busan”", "import: 正在读取文件 0/1")]
    [InlineData("C.UTF-8", "bad.csv: rejected, nothing was imported (1 problem(s)):", "bad.csv: row 3, column 'cluster': unknown cluster 'busan'", "import: reading the file 0/1")]
    public async Task Import_tells_its_progress_and_problems_in_the_consoles_language(string lang, string rejected, string problem, string reading)
    {
        var path = File("bad.csv", Csv(Xiaowan, Hanul.Replace("seoul-bio-hub", "busan")));

        var run = await Cli.RunInAsync(name => name == "LANG" ? lang : null, "import", "companies", path, "--db", db.ConnectionString);

        run.ExitCode.ShouldBe(1);
        var lines = run.Stderr.Replace(path, "bad.csv").Split('\n', StringSplitOptions.TrimEntries);
        lines.ShouldContain(rejected, run.Stderr);
        lines.ShouldContain(l => l.StartsWith(problem), run.Stderr);
        lines.ShouldContain(reading, run.Stderr);
    }

    [Fact]
    public async Task An_updated_file_updates_only_the_changed_rows()
    {
        (await Import(File("v1.csv", Csv(Xiaowan, Hanul)))).ExitCode.ShouldBe(0);
        var run = await Import(File("v2.csv", Csv(Xiaowan.Replace(",120,30,", ",150,31,"), Hanul)), "--json");
        run.ExitCode.ShouldBe(0, run.Stderr);
        var outcome = JsonDocument.Parse(run.Stdout).RootElement;
        outcome.GetProperty("updated").GetInt32().ShouldBe(1);
        outcome.GetProperty("unchanged").GetInt32().ShouldBe(1);
        var exported = await ExportCsv();
        exported.ShouldContain(",150,31,");
    }

    [Fact]
    public async Task Import_rejects_whole_file_when_one_row_has_unknown_cluster()
    {
        var path = File("bad-cluster.csv", Csv(Xiaowan, Hanul.Replace("seoul-bio-hub", "busan")));
        var run = await Import(path);
        run.ExitCode.ShouldBe(1);
        run.Stderr.ShouldContain("bad-cluster.csv");
        run.Stderr.ShouldContain("row 3, column 'cluster'");
        run.Stderr.ShouldContain("busan");
        (await OrganizationCount()).ShouldBe(0);
    }

    [Fact]
    public async Task Import_lists_every_invalid_row_with_column_and_reason()
    {
        var rows = new[]
        {
            Xiaowan,
            "r-year,seoul-bio-hub,,,Year Co,,,,,1700,,,,,,",
            "r-url,seoul-bio-hub,,,Url Co,,,,,,,,,,,ftp://files.example",
            "r-int,seoul-bio-hub,,,Int Co,,,,,,-3,2.5,,,,",
            "r-region,seoul-bio-hub,,,Region Co,,,,,,,,EU;MARS,,KOR,",
            "r-sector,seoul-bio-hub,,,Sector Co,,no-such-concept,,,,,,,,,",
            "r-noname,seoul-bio-hub,,,,,,,,,,,,,,",
            "cq-xw,liangjiang,,,Duplicate,,,,,,,,,,,",
            ",liangjiang,,,No Id,,,,,,,,,,,",
        };
        var run = await Import(File("many.csv", Csv(rows)), "--json");
        run.ExitCode.ShouldBe(1);
        var problems = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (Row: p.GetProperty("row").GetInt32(), Column: p.GetProperty("column").GetString())).ToList();
        problems.ShouldContain((3, "founded"));
        problems.ShouldContain((4, "website"));
        problems.ShouldContain((5, "employees"));
        problems.ShouldContain((5, "patents"));
        problems.ShouldContain((6, "export_regions"));
        problems.ShouldContain((6, "country"));
        problems.ShouldContain((7, "sectors"));
        problems.ShouldContain((8, "name_en"));
        problems.ShouldContain((9, "external_id"));
        problems.ShouldContain((10, "external_id"));
        (await OrganizationCount()).ShouldBe(0);
    }

    [Fact]
    public async Task Import_rejects_a_file_that_is_not_utf8()
    {
        var latin1 = Encoding.Latin1;
        var path = File("latin1.csv", Csv("de-1,other,,,Müller Biotech GmbH,,,,,,,,,,DE,"), latin1);
        var run = await Import(path);
        run.ExitCode.ShouldBe(1);
        run.Stderr.ShouldContain("latin1.csv");
        run.Stderr.ShouldContain("UTF-8");
    }

    [Fact]
    public async Task Import_rejects_a_missing_required_column_and_unknown_columns_but_accepts_x_columns()
    {
        var missing = await Import(File("missing.csv", "external_id,name_en\nabc,Abc\n"));
        missing.ExitCode.ShouldBe(1);
        missing.Stderr.ShouldContain("column 'cluster': required column is missing");

        var unknown = await Import(File("unknown.csv", "external_id,cluster,name_en,ceo\nabc,other,Abc,Kim\n"));
        unknown.ExitCode.ShouldBe(1);
        unknown.Stderr.ShouldContain("column 'ceo': unknown column");

        var custom = await Import(File("custom.csv", "external_id,cluster,name_en,x_crm_id\nabc,other,Abc,4711\n"));
        custom.ExitCode.ShouldBe(0, custom.Stderr);
    }

    [Fact]
    public async Task Dry_run_validates_without_writing()
    {
        var run = await Import(File("dry.csv", Csv(Xiaowan)), "--dry-run", "--json");
        run.ExitCode.ShouldBe(0, run.Stderr);
        JsonDocument.Parse(run.Stdout).RootElement.GetProperty("created").GetInt32().ShouldBe(1);
        (await OrganizationCount()).ShouldBe(0);
    }

    [Fact]
    public async Task Empty_sectors_are_inferred_from_the_text_and_named_sectors_resolve_in_any_language()
    {
        var rows = Csv(Xiaowan, "kr-cos,seoul-bio-hub,코스메딕,,,,마이크로캡슐,,,,,,,,,");
        (await Import(File("sectors.csv", rows))).ExitCode.ShouldBe(0);
        var exported = await ExportCsv();
        // A named sector is exported as its code; an inferred one stays empty so the next import infers again.
        exported.ShouldContain("kr-cos,seoul-bio-hub,company,코스메딕,,,,,,microcapsule");
        exported.ShouldContain("cq-xw,liangjiang,company,,重庆小丸生物科技股份有限公司,Chongqing Xiaowan Biotech,,,Microcapsule raw materials for cosmetics drugs and food,,");
    }

    async Task<string> ExportCsv(string name = "export.csv")
    {
        var path = Path.Combine(folder, name);
        var run = await Cli.RunAsync("export", "companies", path, "--db", db.ConnectionString);
        run.ExitCode.ShouldBe(0, run.Stderr);
        return await System.IO.File.ReadAllTextAsync(path);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Export_then_import_is_a_round_trip(string format)
    {
        var formula = "f-1,other,,,Formula Co,\"=cmd|' /C calc'!A0\",,+SUM(A1);@evil,-1 tricky,,,,,,,";
        (await Import(File("source.csv", Csv(Xiaowan, Hanul, formula)))).ExitCode.ShouldBe(0);
        var exported = Path.Combine(folder, "export." + format);
        (await Cli.RunAsync("export", "companies", exported, "--db", db.ConnectionString)).ExitCode.ShouldBe(0);

        await using var second = await TestDatabase.CreateAsync(provider);
        var reimport = await Cli.RunAsync("import", "companies", exported, "--db", second.ConnectionString, "--json");
        reimport.ExitCode.ShouldBe(0, reimport.Stderr);
        JsonDocument.Parse(reimport.Stdout).RootElement.GetProperty("created").GetInt32().ShouldBe(3);
        var again = Path.Combine(folder, "again." + format);
        (await Cli.RunAsync("export", "companies", again, "--db", second.ConnectionString)).ExitCode.ShouldBe(0);

        if (format == "csv")
        {
            // Excel needs the byte-order mark to read Korean and Chinese; import takes the file with it as without.
            (await System.IO.File.ReadAllBytesAsync(exported))[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
            (await System.IO.File.ReadAllBytesAsync(again)).ShouldBe(await System.IO.File.ReadAllBytesAsync(exported));
        }
        else
            Cells(again).ShouldBe(Cells(exported));
    }

    [Fact]
    public async Task Export_neutralizes_formula_text_in_csv_and_xlsx()
    {
        var formula = "f-1,other,,,Formula Co,\"=cmd|' /C calc'!A0\",,,,,,,,,,";
        (await Import(File("formula.csv", Csv(formula)))).ExitCode.ShouldBe(0);
        var csv = await ExportCsv("formula-out.csv");
        csv.ShouldContain(",'=cmd|' /C calc'!A0,");
        csv.ShouldNotContain(",=cmd");

        var xlsx = Path.Combine(folder, "formula-out.xlsx");
        (await Cli.RunAsync("export", "companies", xlsx, "--db", db.ConnectionString)).ExitCode.ShouldBe(0);
        using var workbook = new XLWorkbook(xlsx);
        var sheet = workbook.Worksheet(1);
        var column = sheet.Row(1).CellsUsed().Single(c => c.GetString() == "description_en").Address.ColumnNumber;
        var cell = sheet.Cell(2, column);
        cell.HasFormula.ShouldBeFalse();
        cell.GetString().ShouldBe("'=cmd|' /C calc'!A0");
    }

    [Fact]
    public async Task Xlsx_import_reads_the_first_sheet_with_the_same_columns()
    {
        var path = Path.Combine(folder, "orgs.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.Worksheets.Add("data");
            var header = Header.Split(',');
            for (var c = 0; c < header.Length; c++)
                sheet.Cell(1, c + 1).Value = header[c];
            sheet.Cell(2, 1).Value = "x-1";
            sheet.Cell(2, 2).Value = "liangjiang";
            sheet.Cell(2, 5).Value = "Excel Bio";
            sheet.Cell(2, 10).Value = 2012;
            workbook.SaveAs(path);
        }
        var run = await Import(path, "--json");
        run.ExitCode.ShouldBe(0, run.Stderr);
        (await ExportCsv()).ShouldContain("x-1,liangjiang,company,,,Excel Bio,,,,,,,2012,");
    }

    static List<string> Cells(string xlsx)
    {
        using var workbook = new XLWorkbook(xlsx);
        return workbook.Worksheet(1).CellsUsed().Select(c => $"{c.Address}={c.GetString()}").ToList();
    }
}
