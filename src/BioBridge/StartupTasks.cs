using System.Diagnostics;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Demo;
using BioBridge.Features.Directory;
using BioBridge.Features.Reviews;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace BioBridge;

/// <summary>
/// Before the first request: migrate, load the taxonomy, seed an empty database (SeedDemo.OnFirstStart), build the search
/// index, each step logged as it starts; once the server listens, one line says where to open the app and who can sign in.
/// </summary>
sealed class StartupTasks(IServiceProvider services, IConfiguration configuration, IHostApplicationLifetime lifetime, IServer server,
    ILogger<StartupTasks> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var connection = scope.ServiceProvider.GetRequiredService<DatabaseConnection>();
        log.LogInformation("Database: {Database}", connection.Describe());
        KeyRingProtection.Explain(configuration, log);
        await StepAsync("Applying database migrations", () => db.MigrateAsync(ct));
        await StepAsync("Loading the taxonomy", () => scope.ServiceProvider.GetRequiredService<TaxonomySync>().HandleAsync(ct));
        if (SeedDemo.OnFirstStart(configuration, connection) && !await db.Organizations.AnyAsync(ct))
            await StepAsync("Empty database: loading the demo data (organizations, accounts, an event with its meeting schedule, calls, cooperation records)",
                async () => log.LogInformation("Demo: {Message}", (await scope.ServiceProvider.GetRequiredService<SeedDemo>().HandleAsync(null, ct)).Message));
        await scope.ServiceProvider.GetRequiredService<AccountSeeding>().HandleAsync(ct);
        await StepAsync("Building the search index", () => services.GetRequiredService<DirectorySearch>().EnsureBuiltAsync(db, ct));
        var accounts = await DemoAccountsAsync(db, ct);
        lifetime.ApplicationStarted.Register(() => LogReady(accounts));
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    async Task StepAsync(string step, Func<Task> work)
    {
        log.LogInformation("{Step}...", step);
        var clock = Stopwatch.StartNew();
        await work();
        log.LogInformation("{Step}: done in {Seconds:0.0} s", step, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The demo's accounts that this database holds (none on a database without the demo).</summary>
    static async Task<IReadOnlyList<string>> DemoAccountsAsync(AppDb db, CancellationToken ct)
    {
        var emails = AccountSeeding.DemoStaff.Select(a => a.Email).Concat(SeedReviewsDemo.DemoReviewers.Select(r => r.Email)).ToList();
        var present = await db.Users.Where(u => u.Email != null && emails.Contains(u.Email)).Select(u => u.Email!).ToListAsync(ct);
        return emails.Where(present.Contains).ToList();
    }

    void LogReady(IReadOnlyList<string> accounts)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "(no address)";
        if (accounts.Count == 0)
        {
            log.LogInformation("BioBridge is ready at {Address}", address);
            return;
        }
        var password = configuration[AccountSeeding.PasswordKey] is null
            ? "the password generated at the first start and logged then"
            : $"the password set in {AccountSeeding.PasswordKey}";
        log.LogInformation("BioBridge is ready at {Address} - demo accounts: {Accounts} ({Password})", address, string.Join(", ", accounts), password);
    }
}
