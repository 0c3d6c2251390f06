using System.Net;
using System.Text.Json;

namespace BioBridge.Tests;

/// <summary>Cross-lingual search and partner recommendations over the demo directory: API and CLI (docs/contracts.md section 1).</summary>
public abstract class DiscoveryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    async Task<JsonElement> Get(string url) => await BioBridgeApp.OkJsonAsync(await app.Anonymous().GetAsync(url));

    static List<string> Ids(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("organization").GetProperty("externalId").GetString()!).ToList();

    [Theory]
    [InlineData("마이크로캡슐")]
    [InlineData("微胶囊")]
    [InlineData("microcapsules")]
    public async Task A_query_in_any_language_finds_xiaowan_among_the_first_results(string query)
    {
        var body = await Get($"/api/v1/organizations?q={Uri.EscapeDataString(query)}&pageSize=5");
        Ids(body).ShouldContain("cq-xiaowan");
    }

    [Fact]
    public async Task Search_results_say_what_matched_in_the_readers_language()
    {
        var body = await Get($"/api/v1/organizations?q={Uri.EscapeDataString("微胶囊")}&pageSize=5&lang=ko");
        var xiaowan = body.GetProperty("items").EnumerateArray()
            .First(i => i.GetProperty("organization").GetProperty("externalId").GetString() == "cq-xiaowan");
        xiaowan.GetProperty("matched").EnumerateArray().Select(m => m.GetString()).ShouldContain("마이크로캡슐");
    }

    [Fact]
    public async Task Search_facets_count_the_matches_by_sector()
    {
        var body = await Get($"/api/v1/organizations?q={Uri.EscapeDataString("항체")}&pageSize=5");
        var total = body.GetProperty("total").GetInt32();
        total.ShouldBeGreaterThan(0);
        var sectors = body.GetProperty("facets").GetProperty("sectors").EnumerateArray().ToList();
        sectors.ShouldContain(s => s.GetProperty("value").GetString() == "antibody" && s.GetProperty("count").GetInt32() <= total);
    }

    [Fact]
    public async Task Recommendations_carry_reasons_in_the_readers_language_and_skip_the_own_group()
    {
        var zh = await Get("/api/v1/organizations/cq-nurion-chongqing/recommendations?top=10&lang=zh");
        var ids = zh.EnumerateArray().Select(r => r.GetProperty("externalId").GetString()).ToList();
        ids.ShouldNotBeEmpty();
        ids.ShouldNotContain("sbh-nurion-biologics");
        ids.ShouldNotContain("cq-nurion-chongqing");
        zh.EnumerateArray().ShouldAllBe(r => r.GetProperty("reasons").GetArrayLength() > 0);
        zh[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!)
            .ShouldContain(r => r.Contains('：') || r.Contains("集群"));
    }

    [Fact]
    public async Task Recommendations_for_an_unknown_organization_are_not_found()
    {
        (await app.Anonymous().GetAsync("/api/v1/organizations/nobody/recommendations")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cli_search_json_is_one_ranked_array_per_the_contract()
    {
        var run = await Cli.RunAsync("search", "微胶囊", "--top", "5", "--json", "--db", app.Database.ConnectionString);
        run.ExitCode.ShouldBe(0, run.Stderr);
        var results = JsonDocument.Parse(run.Stdout).RootElement;
        results.ValueKind.ShouldBe(JsonValueKind.Array);
        results.GetArrayLength().ShouldBeInRange(1, 5);
        var first = results[0];
        first.EnumerateObject().Select(p => p.Name).ShouldBe(["externalId", "name", "score", "matched"], ignoreOrder: true);
        results.EnumerateArray().Select(r => r.GetProperty("score").GetDouble()).ShouldBeInOrder(SortDirection.Descending);
        results.EnumerateArray().Select(r => r.GetProperty("externalId").GetString()).ShouldContain("cq-xiaowan");
    }

    [Fact]
    public async Task Cli_recommend_json_lists_partners_with_reasons()
    {
        var run = await Cli.RunAsync("recommend", "cq-xiaowan", "--top", "3", "--json", "--db", app.Database.ConnectionString);
        run.ExitCode.ShouldBe(0, run.Stderr);
        var results = JsonDocument.Parse(run.Stdout).RootElement;
        results.GetArrayLength().ShouldBe(3);
        foreach (var r in results.EnumerateArray())
        {
            r.EnumerateObject().Select(p => p.Name).ShouldBe(["externalId", "name", "score", "reasons"], ignoreOrder: true);
            r.GetProperty("reasons").GetArrayLength().ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public async Task Cli_recommend_rejects_an_unknown_organization_and_usage_errors()
    {
        (await Cli.RunAsync("recommend", "nobody", "--db", app.Database.ConnectionString)).ExitCode.ShouldBe(1);
        (await Cli.RunAsync("recommend", "--db", app.Database.ConnectionString)).ExitCode.ShouldBe(2);
        (await Cli.RunAsync("search", "x", "--top", "many", "--db", app.Database.ConnectionString)).ExitCode.ShouldBe(2);
    }
}
