using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BioBridge.BrowserTests;

/// <summary>
/// The real app on a real Kestrel port over a fresh SQLite database with the demo data, and Debian's
/// Chromium driven by Playwright (never a downloaded browser).
/// </summary>
public class RunningApp : IAsyncLifetime
{
    public const string DemoPassword = "Browser-test-2026";
    static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("biobridge-browser-");
    WebApplication? app;
    IPlaywright? playwright;

    public string BaseUrl { get; private set; } = "";
    public IServiceProvider Services => app!.Services;
    public IBrowser Browser { get; private set; } = null!;

    public static string ArtifactsFolder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("BIOBRIDGE_ARTIFACTS")
                ?? Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task InitializeAsync()
    {
        var database = $"Data Source={Path.Combine(folder.FullName, "browser.db")}";
        Environment.SetEnvironmentVariable("BioBridge__Demo__Password", DemoPassword);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var seeded = await BioBridgeCli.RunAsync(["seed", "demo", "--db", database], stdout, stderr);
        seeded.ShouldBe(0, stderr.ToString());

        // Every flow signs its people in from 127.0.0.1: the per-address sign-in limit would count them all together.
        app = WebApp.Build(["--urls", "http://127.0.0.1:0", "--db", database, "--environment", "Testing",
            "--BioBridge:Accounts:SignInsPerMinute=10000", .. Settings]);
        await app.StartAsync();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await ArrangeAsync(app.Services);

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>Extra configuration of a flow, as command-line settings (such as "--BioBridge:Smtp:Host=127.0.0.1").</summary>
    protected virtual IEnumerable<string> Settings => [];

    /// <summary>What a flow needs beyond the demo data, written once the app has started (and migrated).</summary>
    protected virtual Task ArrangeAsync(IServiceProvider services) => Task.CompletedTask;

    /// <summary>A confirmed member account of the organization, signing in with the demo password.</summary>
    protected static async Task<AppUser> AddMemberAsync(IServiceProvider scoped, string email, string organizationExternalId, string? displayName = null)
    {
        var db = scoped.GetRequiredService<AppDb>();
        var users = scoped.GetRequiredService<UserManager<AppUser>>();
        var organizationId = await db.Organizations.Where(o => o.ExternalId == organizationExternalId).Select(o => o.Id).SingleAsync();
        var member = new AppUser { UserName = email, Email = email, EmailConfirmed = true, OrganizationId = organizationId, DisplayName = displayName };
        (await users.CreateAsync(member, DemoPassword)).Succeeded.ShouldBeTrue();
        await users.AddToRoleAsync(member, Roles.Member);
        return member;
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A browser context that waits up to 90 s instead of Playwright's 30: the test classes run in parallel on the CI
    /// machine's 2 cores, where one page can take longer than 30 s to load. A wait, never a timing assertion.
    /// </summary>
    async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return context;
    }

    /// <summary>A browser of its own (cookies, language) for one person, signed in through the real form.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string language)
    {
        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{BaseUrl}/culture/{language}?returnUrl=/account/sign-in");
        await page.Locator("input[name='email']").FillAsync(email);
        await page.Locator("input[name='password']").FillAsync(DemoPassword);
        await page.Locator("form button[type='submit']").Last.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in") || url.Contains("error="));
        page.Url.ShouldNotContain("/account/sign-in", customMessage: $"{email} could not sign in");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        playwright?.Dispose();
        if (app is not null)
            await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
