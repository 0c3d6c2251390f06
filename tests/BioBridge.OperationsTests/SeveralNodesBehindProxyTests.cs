using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BioBridge.OperationsTests.Infrastructure;

namespace BioBridge.OperationsTests;

/// <summary>Two app processes on one PostgreSQL behind nginx behave as one application.</summary>
[Collection(TwoNodesCollection.Name)]
public sealed class SeveralNodesBehindProxyTests(TwoNodesBehindProxy cluster)
{
    [Fact]
    public async Task A_sign_in_through_the_proxy_is_valid_on_every_node()
    {
        await cluster.EnsureRunningAsync();
        var cookies = new CookieContainer();
        await TwoNodesBehindProxy.SignedInAsync(cluster.Proxy.BaseUrl, cookies);

        foreach (var node in cluster.Nodes)
        {
            using var client = TwoNodesBehindProxy.Client(node.BaseUrl, cookies);
            var export = await client.GetAsync("/api/v1/organizations/export?format=csv");
            export.StatusCode.ShouldBe(HttpStatusCode.OK, $"node {node.Name}");
            using var stranger = TwoNodesBehindProxy.Client(node.BaseUrl, new CookieContainer());
            (await stranger.GetAsync("/api/v1/organizations/export?format=csv")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task After_an_import_on_one_node_both_nodes_find_the_same_organizations()
    {
        await cluster.EnsureRunningAsync();
        using var organizer = await TwoNodesBehindProxy.SignedInAsync(cluster.First.BaseUrl, new CookieContainer());
        var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("external_id,cluster,name_en,description_en\nops-quokka,seoul-bio-hub,Quokka Peptide Works,quokkazyme peptide synthesis and antibody conjugation\n")), "file", "ops.csv" },
        };
        var imported = await organizer.PostAsync("/api/v1/organizations/import", upload);
        imported.StatusCode.ShouldBe(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());

        // Each node refreshes its own in-memory index from the database; within seconds both agree.
        foreach (var node in cluster.Nodes)
        {
            using var reader = TwoNodesBehindProxy.Client(node.BaseUrl, new CookieContainer());
            var found = await EventuallyAsync(async () => (await SearchAsync(reader, "quokkazyme")).Contains("ops-quokka"), TimeSpan.FromSeconds(30));
            found.ShouldBeTrue($"node {node.Name} finds the imported organization");
        }
        using var first = TwoNodesBehindProxy.Client(cluster.First.BaseUrl, new CookieContainer());
        using var second = TwoNodesBehindProxy.Client(cluster.Second.BaseUrl, new CookieContainer());
        foreach (var query in new[] { "antibody", "항체", "抗体", "peptide" })
            (await SearchAsync(second, query)).ShouldBe(await SearchAsync(first, query), $"results for '{query}'");
    }

    [Fact]
    public async Task A_scheduling_run_queued_while_both_nodes_watch_runs_on_exactly_one()
    {
        await cluster.EnsureRunningAsync();
        using var organizer = await TwoNodesBehindProxy.SignedInAsync(cluster.Proxy.BaseUrl, new CookieContainer());
        await BusyEvent.DelegatesAsync(organizer);
        var queued = await organizer.PostAsJsonAsync($"/api/v1/events/{BusyEvent.Slug}/scheduling-runs", new { timeLimitSeconds = 3 });
        queued.StatusCode.ShouldBe(HttpStatusCode.Accepted, await queued.Content.ReadAsStringAsync());
        var runId = (await queued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var status = await SchedulingRuns.WaitForEndAsync(cluster, runId, TimeSpan.FromSeconds(90));
        status.ShouldBe("Succeeded");
        cluster.Nodes.Count(n => n.Output.Contains($"Scheduling run {runId} taken by")).ShouldBe(1,
            string.Join("\n---\n", cluster.Nodes.Select(n => n.Output.ToString())));
        (await SchedulingRuns.ProposedMeetingsAsync(cluster, runId)).ShouldBeGreaterThan(0);
    }

    static async Task<List<string>> SearchAsync(HttpClient client, string query)
    {
        var body = await client.GetFromJsonAsync<JsonElement>($"/api/v1/organizations?q={Uri.EscapeDataString(query)}&pageSize=20");
        return body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("organization").GetProperty("externalId").GetString()!).ToList();
    }

    internal static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
                return true;
            await Task.Delay(250);
        }
        return await condition();
    }
}
