using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BioBridge.Bench;

/// <summary>
/// A bounded HTTP load driver for a running app on loopback (a second process, as the issue asks):
///   load arrange --url URL --password DEMO_PASSWORD [--delegates 20000] [--requests 3] [--request-minutes 60]
///                [--tables 1000] [--solver-seconds 60]
///       turns the demo event into an event-day sized one through the public API, as an organizer would:
///       tables, delegates of as many organizations, accepted meeting requests (for at most --request-minutes),
///       a scheduling run, published. Running it again reuses the delegates and skips the pairs already requested.
///   load run --url URL --password DEMO_PASSWORD [--warm-up 0] [--seconds 30] [--concurrency 32] [--mix read|event-day] [--event SLUG]
///       read mix: directory searches in ko/zh/en 35 %, profile pages 20 %, organization API 15 %,
///       recommendations 10 %, personal agendas 20 %; the event-day mix turns 5 % of it into
///       meeting requests and their acceptance. Directory reads go out anonymously, agendas and writes signed in.
///       Prints requests/s, latency percentiles (all requests, and the writes alone) and errors. --event drives another
///       event than the demo's slw-2026, e.g. one written by `seed partnering-load` with its run published.
/// </summary>
public static partial class LoadBench
{
    const string DemoEvent = "slw-2026";
    static string eventSlug = DemoEvent;

    public static int Run(string[] args)
    {
        var url = (BenchOptions.Value(args, "--url") ?? "http://127.0.0.1:5000").TrimEnd('/');
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseUri) || !baseUri.IsLoopback)
        {
            Console.Error.WriteLine("load: --url must be an http URL on loopback (127.0.0.1 or localhost)");
            return 2;
        }
        var password = BenchOptions.Value(args, "--password") ?? Environment.GetEnvironmentVariable("BioBridge__Demo__Password");
        if (password is null)
        {
            Console.Error.WriteLine("load: --password (the demo operator's password, BioBridge:Demo:Password) is required");
            return 2;
        }
        eventSlug = BenchOptions.Value(args, "--event") ?? DemoEvent;
        int Option(string name, int fallback, int min, int max) => Math.Clamp(int.Parse(BenchOptions.Value(args, name) ?? fallback.ToString()), min, max);
        return args.FirstOrDefault() switch
        {
            "arrange" => ArrangeAsync(baseUri, password, Option("--delegates", 20_000, 2, 100_000), Option("--requests", 3, 1, 30),
                TimeSpan.FromMinutes(Option("--request-minutes", 60, 0, 600)), Option("--tables", 1000, 1, 5000),
                Option("--solver-seconds", 60, 1, 3600)).GetAwaiter().GetResult(),
            "run" => RunAsync(baseUri, password, Option("--warm-up", 0, 0, 600), Option("--seconds", 30, 1, 600), Option("--concurrency", 32, 1, 512),
                BenchOptions.Value(args, "--mix") ?? "read").GetAwaiter().GetResult(),
            _ => Usage(),
        };
    }

    static int Usage()
    {
        Console.Error.WriteLine("usage: load arrange|run --url http://127.0.0.1:PORT --password DEMO_PASSWORD [options]");
        return 2;
    }

    static async Task<HttpClient> OrganizerAsync(Uri baseUri, string password, int connections)
    {
        var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections, CookieContainer = new CookieContainer(), AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        }) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        var form = await client.GetStringAsync("/account/sign-in");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        var signedIn = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "operator@seoulbiohub.example", ["password"] = password, ["returnUrl"] = "/", ["__RequestVerificationToken"] = token,
        }));
        if (signedIn.Headers.Location?.OriginalString != "/")
            throw new InvalidOperationException($"sign-in as the demo operator failed ({signedIn.StatusCode} to {signedIn.Headers.Location}): check --password");
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    static async Task<int> ArrangeAsync(Uri baseUri, string password, int delegates, int requestsEach, TimeSpan requestBudget, int tables,
        int solverSeconds)
    {
        using var client = await OrganizerAsync(baseUri, password, 16);
        var watch = Stopwatch.StartNew();
        await SetUpVenueAsync(client, tables);
        var organizations = await OrganizationIdsAsync(client, delegates);
        Console.Error.WriteLine($"arrange: {organizations.Count} organizations listed, tables and slots set up ({watch.Elapsed.TotalSeconds:0} s)");
        var writes = Stopwatch.StartNew();
        var (ids, registrations) = await RegisterDelegatesAsync(client, organizations);
        var (requestWrites, skipped) = await ArrangeRequestsAsync(client, ids, requestsEach, requestBudget);
        var writeCount = registrations + requestWrites;
        Console.Error.WriteLine($"arrange: {writeCount} writes in {writes.Elapsed.TotalSeconds:0} s ({writeCount / writes.Elapsed.TotalSeconds:0}/s); " +
            $"{skipped} requests left out after --request-minutes");
        await SolveAndPublishAsync(client, solverSeconds, ids.Length);
        return 0;
    }

    /// <summary>Morning slots on every day of the event, and the exhibition hall's tables.</summary>
    static async Task SetUpVenueAsync(HttpClient client, int tables)
    {
        var slots = await client.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventSlug}/slots");
        var days = slots.EnumerateArray().Select(s => s.GetProperty("day").GetString()!).Distinct().ToList();
        var setup = await client.PostAsJsonAsync($"/api/v1/events/{eventSlug}/partnering/setup", new
        {
            slots = days.Select(d => new { day = d, from = "09:00:00", to = "12:00:00", minutes = 30 }),
            locations = Enumerable.Range(1, tables).Select(t => new { code = $"H{t:0000}", kind = "table", url = (string?)null }),
        });
        Ensure(setup, "setup");
    }

    static async Task<(int[] Ids, int Writes)> RegisterDelegatesAsync(HttpClient client, List<string> organizations)
    {
        var ids = new int[organizations.Count];
        var registeredBefore = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventSlug}/delegates?q=Load%20Delegate")).EnumerateArray()
            .ToDictionary(d => d.GetProperty("displayName").GetString()!, d => d.GetProperty("id").GetInt32());
        var writeCount = 0;
        await ForEachAsync(organizations.Count, "registered", async i =>
        {
            if (registeredBefore.TryGetValue($"Load Delegate {i:00000}", out ids[i]))
                return;
            Interlocked.Increment(ref writeCount);
            var registered = await client.PostAsJsonAsync($"/api/v1/events/{eventSlug}/delegates", new
            {
                displayName = $"Load Delegate {i:00000}", email = $"load{i:00000}@load.example", jobTitle = "Business development",
                languages = i % 2 == 0 ? new[] { "ko", "en" } : new[] { "zh", "en" }, organizationExternalId = organizations[i],
            });
            Ensure(registered, $"registration {i}");
            ids[i] = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        });
        return (ids, writeCount);
    }

    static async Task<(int Writes, int Skipped)> ArrangeRequestsAsync(HttpClient client, int[] ids, int requestsEach, TimeSpan requestBudget)
    {
        var writeCount = 0;
        var random = new Random(20261125);
        var pairs = new HashSet<(int, int)>();
        while (pairs.Count < ids.Length * requestsEach)
        {
            var from = random.Next(ids.Length);
            // Skewed popularity: a third of the requests go to the first tenth of the delegates.
            var to = random.Next(3) == 0 ? random.Next(Math.Max(1, ids.Length / 10)) : random.Next(ids.Length);
            if (from != to && !pairs.Contains((to, from)))
                pairs.Add((from, to));
        }
        var requests = pairs.ToList();
        var requestDeadline = Stopwatch.StartNew();
        var skipped = 0;
        await ForEachAsync(requests.Count, "requested and accepted", async k =>
        {
            if (requestDeadline.Elapsed > requestBudget)
            {
                Interlocked.Increment(ref skipped);
                return;
            }
            var (from, to) = requests[k];
            var requested = await client.PostAsJsonAsync($"/api/v1/events/{eventSlug}/requests",
                new { fromDelegateId = ids[from], toDelegateId = ids[to], message = "Looking forward to meeting you.", priority = 1 + k % 3 });
            if (requested.StatusCode == HttpStatusCode.Conflict)
                return; // requested by an earlier arrange, or over a popular delegate's open-request limit
            Ensure(requested, $"request {k}");
            var id = (await requested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
            Ensure(await client.PostAsync($"/api/v1/events/{eventSlug}/requests/{id}/accept", null), $"accept {k}");
            Interlocked.Add(ref writeCount, 2);
        });
        return (writeCount, skipped);
    }

    static async Task SolveAndPublishAsync(HttpClient client, int solverSeconds, int delegates)
    {
        var run = await client.PostAsJsonAsync($"/api/v1/events/{eventSlug}/scheduling-runs", new { timeLimitSeconds = solverSeconds });
        Ensure(run, "scheduling run");
        var runUrl = run.Headers.Location!.OriginalString;
        var runId = (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var solving = Stopwatch.StartNew();
        JsonElement state;
        while (true)
        {
            await Task.Delay(2000);
            // The run list, not the run's detail: the detail carries every proposed meeting.
            state = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventSlug}/scheduling-runs")).EnumerateArray()
                .Single(r => r.GetProperty("id").GetInt32() == runId);
            var status = state.GetProperty("status").GetString();
            Console.Error.WriteLine($"arrange: run {status} {state.GetProperty("progress")} ({solving.Elapsed.TotalSeconds:0} s)");
            if (status is "succeeded")
                break;
            if (status is "failed")
                throw new InvalidOperationException($"the scheduling run failed: {state.GetProperty("error")}");
        }
        Ensure(await client.PostAsync(runUrl + "/publish", null), "publish");
        Console.WriteLine($"| delegates | meetings to place | scheduled meetings | upper bound | run seconds |");
        Console.WriteLine($"| ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine($"| {delegates} | {state.GetProperty("totalMeetings")} | {state.GetProperty("scheduledMeetings")} | {state.GetProperty("upperBound")} | {solving.Elapsed.TotalSeconds:0} |");
    }

    static void Ensure(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
    }

    static async Task ForEachAsync(int count, string what, Func<int, Task> body)
    {
        var done = 0;
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            await body(i);
            if (Interlocked.Increment(ref done) % 2000 == 0)
                Console.Error.WriteLine($"arrange: {done}/{count} {what} ({watch.Elapsed.TotalSeconds:0} s)");
        });
    }

    static async Task<int> RunAsync(Uri baseUri, string password, int warmUpSeconds, int seconds, int concurrency, string mix)
    {
        if (mix is not ("read" or "event-day"))
        {
            Console.Error.WriteLine("load: --mix is read or event-day");
            return 2;
        }
        // Visitors browse the directory without signing in; delegates (here the organizer acting for them) read agendas and request meetings.
        using var visitor = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        using var client = await OrganizerAsync(baseUri, password, concurrency);
        var organizations = await OrganizationIdsAsync(visitor, 2000);
        var delegates = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventSlug}/delegates"))
            .EnumerateArray().Select(d => d.GetProperty("id").GetInt32()).ToList();
        if (organizations.Count == 0 || delegates.Count < 2)
        {
            Console.Error.WriteLine("load: the app lists no organizations or delegates; seed and arrange first");
            return 1;
        }
        Console.Error.WriteLine($"load: {organizations.Count} organizations and {delegates.Count} delegates to pick from, {mix} mix");
        var queries = SyntheticOrganizations.Phrases.Concat(["마이크로캡슐", "微胶囊", "antibody", "세포치료제", "AAV载体", "CDMO"]).ToArray();

        async Task<(List<double>[] Latencies, List<double>[] Writes, int[] Errors, double Seconds)> DriveAsync(TimeSpan length, string phase)
        {
            var latencies = new List<double>[concurrency];
            var writes = new List<double>[concurrency];
            var errors = new int[concurrency];
            var watch = Stopwatch.StartNew();
            var progress = Task.Run(async () =>
            {
                while (watch.Elapsed < length)
                {
                    await Task.Delay(5000);
                    Console.Error.WriteLine($"load: {phase} {watch.Elapsed.TotalSeconds:0} s, {latencies.Sum(l => l?.Count ?? 0)} requests, {errors.Sum()} errors");
                }
            });
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
            {
                var random = new Random(worker + (phase == "warm-up" ? 1000 : 0));
                var mine = latencies[worker] = [];
                var myWrites = writes[worker] = [];
                while (watch.Elapsed < length)
                {
                    var started = watch.Elapsed;
                    try
                    {
                        var roll = random.Next(100);
                        if (mix == "event-day" && roll < 5)
                            await RequestAndAcceptAsync(client, delegates, random, mine, myWrites, errors, worker, watch);
                        else
                        {
                            var path = Pick(roll, random, queries, organizations, delegates);
                            using var response = await (path.Contains("/agenda", StringComparison.Ordinal) ? client : visitor).GetAsync(path);
                            if (!response.IsSuccessStatusCode)
                                errors[worker]++;
                            mine.Add((watch.Elapsed - started).TotalMilliseconds);
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        errors[worker]++;
                        mine.Add((watch.Elapsed - started).TotalMilliseconds);
                    }
                }
            })));
            var elapsed = watch.Elapsed.TotalSeconds;
            await progress;
            return (latencies, writes, errors, elapsed);
        }

        // JIT, connection pools and the nodes' answer caches warm up first, as they are by mid-morning of an event day.
        if (warmUpSeconds > 0)
        {
            var (_, _, warmErrors, _) = await DriveAsync(TimeSpan.FromSeconds(warmUpSeconds), "warm-up");
            Console.Error.WriteLine($"load: warm-up done, {warmErrors.Sum()} errors");
        }
        var (latencies, writes, errors, elapsed) = await DriveAsync(TimeSpan.FromSeconds(seconds), "measured");
        PrintLatencies(mix, concurrency, latencies, writes, errors, elapsed);
        return errors.Sum() == 0 ? 0 : 1;
    }

    static void PrintLatencies(string mix, int concurrency, List<double>[] latencies, List<double>[] writes, int[] errors, double elapsed)
    {
        Console.WriteLine($"| mix | concurrency | requests | seconds | requests/s | p50 ms | p95 ms | p99 ms | max ms | errors |");
        Console.WriteLine($"| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        void Row(string what, List<double> all, int errorCount)
        {
            double P(double q) => all[Math.Min(all.Count - 1, (int)(all.Count * q))];
            Console.WriteLine($"| {what} | {concurrency} | {all.Count} | {elapsed:0.0} | {all.Count / elapsed:0} | {P(0.5):0.0} | {P(0.95):0.0} | {P(0.99):0.0} | {all[^1]:0.0} | {errorCount} |");
        }
        Row(mix, latencies.SelectMany(l => l).Order().ToList(), errors.Sum());
        var writeLatencies = writes.SelectMany(l => l).Order().ToList();
        if (writeLatencies.Count > 0)
            Row($"{mix}: its writes alone", writeLatencies, errors.Sum());
    }

    static string Pick(int roll, Random random, string[] queries, List<string> organizations, List<int> delegates) => roll switch
    {
        < 35 => $"/api/v1/organizations?q={Uri.EscapeDataString(queries[random.Next(queries.Length)])}&pageSize=20",
        < 55 => $"/organizations/{organizations[random.Next(organizations.Count)]}",
        < 70 => $"/api/v1/organizations/{organizations[random.Next(organizations.Count)]}",
        < 80 => $"/api/v1/organizations/{organizations[random.Next(organizations.Count)]}/recommendations?top=10",
        _ => $"/api/v1/events/{eventSlug}/delegates/{delegates[random.Next(delegates.Count)]}/agenda",
    };

    /// <summary>A delegate asks another for a meeting and the other accepts: two writes, each timed.</summary>
    static async Task RequestAndAcceptAsync(HttpClient client, List<int> delegates, Random random, List<double> mine, List<double> writes, int[] errors,
        int worker, Stopwatch watch)
    {
        var started = watch.Elapsed;
        using var requested = await client.PostAsJsonAsync($"/api/v1/events/{eventSlug}/requests", new
        {
            fromDelegateId = delegates[random.Next(delegates.Count)], toDelegateId = delegates[random.Next(delegates.Count)], message = "load", priority = 2,
        });
        mine.Add((watch.Elapsed - started).TotalMilliseconds);
        writes.Add(mine[^1]);
        // Same delegate twice, an existing pair or a full request list are answered 400/409 by design: not errors.
        if (requested.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict)
            return;
        if (!requested.IsSuccessStatusCode)
        {
            errors[worker]++;
            return;
        }
        var id = (await requested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        started = watch.Elapsed;
        using var accepted = await client.PostAsync($"/api/v1/events/{eventSlug}/requests/{id}/accept", null);
        mine.Add((watch.Elapsed - started).TotalMilliseconds);
        writes.Add(mine[^1]);
        if (!accepted.IsSuccessStatusCode)
            errors[worker]++;
    }

    static async Task<List<string>> OrganizationIdsAsync(HttpClient client, int wanted)
    {
        var ids = new List<string>();
        for (var page = 1; ids.Count < wanted; page++)
        {
            var body = await client.GetFromJsonAsync<JsonElement>($"/api/v1/organizations?page={page}&pageSize=100");
            var items = body.GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("organization").GetProperty("externalId").GetString()!).ToList();
            ids.AddRange(items);
            if (items.Count < 100)
                break;
        }
        return ids.Take(wanted).ToList();
    }
}
