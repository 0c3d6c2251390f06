using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace BioBridge.Bench;

/// <summary>
/// A bounded HTTP load driver for a running app on loopback:
///   load --url http://127.0.0.1:5000 [--seconds 30] [--concurrency 32]
/// Read mix of an event day: directory searches in ko/zh/en (40 %), profile pages (25 %),
/// organization API reads (20 %), partner recommendations (15 %). Prints requests/s, latency percentiles, errors.
/// </summary>
public static class LoadBench
{
    public static int Run(string[] args)
    {
        var url = (BenchOptions.Value(args, "--url") ?? "http://127.0.0.1:5000").TrimEnd('/');
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseUri) || !baseUri.IsLoopback)
        {
            Console.Error.WriteLine("load: --url must be an http URL on loopback (127.0.0.1 or localhost)");
            return 2;
        }
        var seconds = Math.Clamp(int.Parse(BenchOptions.Value(args, "--seconds") ?? "30"), 1, 600);
        var concurrency = Math.Clamp(int.Parse(BenchOptions.Value(args, "--concurrency") ?? "32"), 1, 512);
        return RunAsync(baseUri, seconds, concurrency).GetAwaiter().GetResult();
    }

    static async Task<int> RunAsync(Uri baseUri, int seconds, int concurrency)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(10) };
        var ids = await OrganizationIdsAsync(client);
        if (ids.Count == 0)
        {
            Console.Error.WriteLine("load: the app lists no organizations; seed or import first");
            return 1;
        }
        var queries = SyntheticOrganizations.Phrases.Concat(["마이크로캡슐", "微胶囊", "antibody", "세포치료제", "AAV载体", "CDMO"]).ToArray();
        string Pick(Random random) => random.Next(100) switch
        {
            < 40 => $"/api/v1/organizations?q={Uri.EscapeDataString(queries[random.Next(queries.Length)])}&pageSize=20",
            < 65 => $"/organizations/{ids[random.Next(ids.Count)]}",
            < 85 => $"/api/v1/organizations/{ids[random.Next(ids.Count)]}",
            _ => $"/api/v1/organizations/{ids[random.Next(ids.Count)]}/recommendations?top=10",
        };

        var latencies = new List<double>[concurrency];
        var errors = new int[concurrency];
        var watch = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        var progress = Task.Run(async () =>
        {
            while (watch.Elapsed < deadline)
            {
                await Task.Delay(5000);
                Console.Error.WriteLine($"load: {watch.Elapsed.TotalSeconds:0} s, {latencies.Sum(l => l?.Count ?? 0)} requests");
            }
        });
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            var mine = latencies[worker] = [];
            while (watch.Elapsed < deadline)
            {
                var started = watch.Elapsed;
                try
                {
                    using var response = await client.GetAsync(Pick(random), HttpCompletionOption.ResponseContentRead);
                    if (!response.IsSuccessStatusCode)
                        errors[worker]++;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    errors[worker]++;
                }
                mine.Add((watch.Elapsed - started).TotalMilliseconds);
            }
        })));
        var elapsed = watch.Elapsed.TotalSeconds;
        await progress;

        var all = latencies.SelectMany(l => l).Order().ToList();
        double P(double q) => all[Math.Min(all.Count - 1, (int)(all.Count * q))];
        Console.WriteLine($"| requests | seconds | requests/s | p50 ms | p95 ms | p99 ms | max ms | errors |");
        Console.WriteLine($"| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine($"| {all.Count} | {elapsed:0.0} | {all.Count / elapsed:0} | {P(0.5):0.0} | {P(0.95):0.0} | {P(0.99):0.0} | {all[^1]:0.0} | {errors.Sum()} |");
        return errors.Sum() == 0 ? 0 : 1;
    }

    static async Task<List<string>> OrganizationIdsAsync(HttpClient client)
    {
        var ids = new List<string>();
        for (var page = 1; page <= 20; page++)
        {
            var body = await client.GetFromJsonAsync<JsonElement>($"/api/v1/organizations?page={page}&pageSize=100");
            var items = body.GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("organization").GetProperty("externalId").GetString()!).ToList();
            ids.AddRange(items);
            if (items.Count < 100)
                break;
        }
        return ids;
    }
}
