using System.Net;
using System.Text.RegularExpressions;

namespace BioBridge.OperationsTests.Infrastructure;

/// <summary>
/// The production shape on one machine: a private PostgreSQL with the demo data, two app processes on it, and nginx
/// in front. Shared by the tests of the collection, which run one after another; a test that kills something
/// brings it back before the next one (EnsureRunningAsync).
/// </summary>
public sealed class TwoNodesBehindProxy : IAsyncLifetime
{
    public const string DatabaseName = "biobridge";
    public const string OperatorEmail = "operator@seoulbiohub.example";

    internal PrivatePostgres Postgres { get; private set; } = null!;
    internal AppNode First { get; private set; } = null!;
    internal AppNode Second { get; private set; } = null!;
    internal ReverseProxy Proxy { get; private set; } = null!;
    internal IReadOnlyList<AppNode> Nodes => [First, Second];

    public string ConnectionString => Postgres.ConnectionString(DatabaseName);
    public string ReaderConnectionString => Postgres.UnpooledConnectionString(DatabaseName);

    public async Task InitializeAsync()
    {
        Postgres = await PrivatePostgres.StartAsync();
        await Postgres.ExecuteAsync("postgres", $"CREATE DATABASE {DatabaseName}");
        await AppNode.CommandAsync(ConnectionString, "seed", "demo");
        var nodes = await Task.WhenAll(AppNode.StartAsync("first", ConnectionString), AppNode.StartAsync("second", ConnectionString));
        (First, Second) = (nodes[0], nodes[1]);
        Proxy = await ReverseProxy.StartAsync(Nodes);
    }

    /// <summary>
    /// Every part up again after a test that killed or stopped one, and every node answering: pooled database
    /// sessions cut by a restart fail once each, so rounds of parallel reads run until one round fully succeeds.
    /// </summary>
    internal async Task EnsureRunningAsync()
    {
        await Task.WhenAll(Nodes.Select(n => n.EnsureRunningAsync()));
        foreach (var node in Nodes)
        {
            using var client = Client(node.BaseUrl, new CookieContainer());
            for (var round = 0; ; round++)
            {
                var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => client.GetAsync("/organizations/cq-xiaowan")));
                if (answers.All(a => a.IsSuccessStatusCode))
                    break;
                round.ShouldBeLessThan(30, $"node {node.Name} keeps failing: {answers.First(a => !a.IsSuccessStatusCode).StatusCode}");
                await Task.Delay(200);
            }
        }
    }

    /// <summary>Signs in through the real form (antiforgery token included) at <paramref name="baseUrl"/>; the cookie works on every node.</summary>
    internal static async Task<HttpClient> SignedInAsync(string baseUrl, CookieContainer cookies, string email = OperatorEmail)
    {
        var client = Client(baseUrl, cookies);
        var form = await client.GetStringAsync("/account/sign-in");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        token.ShouldNotBeEmpty();
        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = AppNode.DemoPassword, ["returnUrl"] = "/", ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.OriginalString.ShouldBe("/");
        return client;
    }

    internal static HttpClient Client(string baseUrl, CookieContainer cookies) =>
        new(new SocketsHttpHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(30),
        };

    public async Task DisposeAsync()
    {
        if (Proxy is not null)
            await Proxy.DisposeAsync();
        foreach (var node in new[] { First, Second }.Where(n => n is not null))
            await node.DisposeAsync();
        if (Postgres is not null)
            await Postgres.DisposeAsync();
    }
}
