using System.Collections.Concurrent;
using BioBridge.Data;
using BioBridge.Features.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BioBridge.Tests;

/// <summary>
/// The web app's first start on an empty database: the demo rule of README "Run it" (BioBridge:Demo:Enabled, default on
/// SQLite, off on PostgreSQL), the steps it logs, no warning, and the ready line with the demo accounts.
/// </summary>
public class FirstStartTests
{
    sealed class FirstStartApp(string connectionString, string? demoEnabled) : WebApplicationFactory<Program>
    {
        public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting(DatabaseConnection.ConfigurationKey, connectionString);
            builder.UseSetting("BioBridge:Demo:Password", BioBridgeApp.DemoPassword);
            if (demoEnabled is not null)
                builder.UseSetting(SeedDemo.EnabledKey, demoEnabled);
            builder.ConfigureLogging(logging => logging.AddProvider(new Capture(Logs)));
        }
    }

    sealed class Capture(ConcurrentQueue<(LogLevel, string, string)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Named(logs, categoryName);
        public void Dispose() { }
    }

    sealed class Named(ConcurrentQueue<(LogLevel, string, string)> logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue((logLevel, category, formatter(state, exception)));
    }

    static async Task<(int Organizations, FirstStartApp App)> StartAsync(TestDatabase database, string? demoEnabled)
    {
        var app = new FirstStartApp(database.ConnectionString, demoEnabled);
        _ = app.Server;
        using var scope = app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<AppDb>().Organizations.CountAsync(), app);
    }

    [Fact]
    public async Task An_empty_sqlite_database_given_with_db_gets_the_demo_logs_each_step_warns_of_nothing_and_says_where_to_sign_in()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        var (organizations, app) = await StartAsync(database, null);
        await using var _ = app;
        organizations.ShouldBeGreaterThan(70);
        var logs = app.Logs.ToList();
        var messages = logs.Select(l => l.Message).ToList();
        messages.ShouldContain("Applying database migrations...");
        messages.ShouldContain(m => m.StartsWith("Empty database: loading the demo data"));
        messages.ShouldContain(m => m.StartsWith("Building the search index: done in"));
        messages.ShouldContain(m => m.StartsWith("Data-protection keys are kept in the database table DataProtectionKeys"));
        var ready = messages.Single(m => m.StartsWith("BioBridge is ready at"));
        ready.ShouldContain("admin@biobridge.example, operator@seoulbiohub.example, operator@liangjiang.example, reviewer.kim@seoulbiohub.example");
        ready.ShouldContain("BioBridge:Demo:Password");
        logs.Where(l => l.Level >= LogLevel.Warning).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_empty_database_stays_empty_when_the_demo_is_turned_off()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Sqlite);
        var (organizations, app) = await StartAsync(database, "false");
        await using var _ = app;
        organizations.ShouldBe(0);
        app.Logs.Select(l => l.Message).ShouldContain(m => m.StartsWith("BioBridge is ready at") && !m.Contains("demo accounts"));
    }

    [Fact]
    public async Task An_empty_postgresql_database_gets_no_demo_unless_it_is_turned_on()
    {
        await using var database = await TestDatabase.CreateAsync(Provider.Postgres);
        var (organizations, app) = await StartAsync(database, null);
        await using var _ = app;
        organizations.ShouldBe(0);
    }
}
