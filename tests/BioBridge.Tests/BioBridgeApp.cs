using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BioBridge.Tests;

/// <summary>
/// The web app on a fresh database of one provider, with the demo data seeded through the real
/// `seed demo` command. One per test class; tests that write use their own external ids.
/// </summary>
public abstract class BioBridgeApp(Provider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "Test-password-2026";

    TestDatabase? database;

    public TestDatabase Database => database ?? throw new InvalidOperationException("not started");
    public Provider Provider => provider;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        Environment.SetEnvironmentVariable("BioBridge__Demo__Password", DemoPassword);
        var seeded = await Cli.RunAsync("seed", "demo", "--db", database.ConnectionString);
        seeded.ExitCode.ShouldBe(0, seeded.Stderr);
        _ = Server; // start the host now, so the search index is built before the first test
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting(DatabaseConnection.ConfigurationKey, Database.ConnectionString);
        builder.UseSetting("BioBridge:Demo:Password", DemoPassword);
        // A 500 in a test run shows its exception in the body, which the failing assertion prints: a rare failure on
        // CI is then diagnosable from the log alone (the production answer never carries it).
        builder.ConfigureServices(services => services.PostConfigure<ProblemDetailsOptions>(options =>
        {
            var localize = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                localize?.Invoke(context);
                if (context.Exception is { } exception)
                    context.ProblemDetails.Extensions["exception"] = exception.ToString();
            };
        }));
    }

    /// <summary>The body of a response that must be 200, as JSON; otherwise the failure shows the body.</summary>
    public static Task<System.Text.Json.JsonElement> OkJsonAsync(HttpResponseMessage response) => JsonAsync(response, HttpStatusCode.OK);

    /// <summary>The body of a response that must have the expected status, as JSON; otherwise the failure shows the body.</summary>
    public static async Task<System.Text.Json.JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return System.Text.Json.JsonDocument.Parse(body).RootElement;
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Signs in through the real form, antiforgery token included, as a browser would.</summary>
    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/account/sign-in");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        token.ShouldNotBeEmpty();
        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = DemoPassword, ["returnUrl"] = "/", ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
        return client;
    }

    public Task<HttpClient> OperatorAsync() => SignedInAsync("operator@seoulbiohub.example");

    /// <summary>A member account of one organization, created as an operator's invitation would.</summary>
    public async Task<HttpClient> MemberAsync(string email, string organizationExternalId)
    {
        using (var scope = Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByEmailAsync(email) is null)
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDb>();
                var organizationId = await db.Organizations.Where(o => o.ExternalId == organizationExternalId).Select(o => o.Id).SingleAsync();
                var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, OrganizationId = organizationId };
                (await users.CreateAsync(user, DemoPassword)).Succeeded.ShouldBeTrue();
                await users.AddToRoleAsync(user, Roles.Member);
            }
        }
        return await SignedInAsync(email);
    }

    readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<HttpClient>>> clusterOperators = new();

    /// <summary>The demo operator of a cluster ("seoul-bio-hub" or "liangjiang"), signed in once per app: sign-ins are rate limited.</summary>
    public Task<HttpClient> ClusterOperatorAsync(string cluster) => clusterOperators.GetOrAdd(cluster,
        c => new Lazy<Task<HttpClient>>(() => SignedInAsync(c == "seoul-bio-hub" ? "operator@seoulbiohub.example" : "operator@liangjiang.example"))).Value;

    /// <summary>The operator of one cluster approves every waiting proposal of one organization, confirming the whole checklist.</summary>
    public async Task ApprovePendingAsync(string organizationExternalId)
    {
        var operatorClient = await ClusterOperatorAsync(organizationExternalId.StartsWith("sbh-") ? "seoul-bio-hub" : "liangjiang");
        var queue = await OkJsonAsync(await operatorClient.GetAsync("/api/v1/vetting"));
        foreach (var item in queue.EnumerateArray().Where(i => i.GetProperty("organizationExternalId").GetString() == organizationExternalId))
        {
            var checklist = item.GetProperty("checklist").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
            var approved = await operatorClient.PostAsJsonAsync($"/api/v1/vetting/{item.GetProperty("id").GetInt32()}/approve", new { checklist });
            approved.StatusCode.ShouldBe(HttpStatusCode.NoContent, await approved.Content.ReadAsStringAsync());
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null)
            await database.DisposeAsync();
    }
}
