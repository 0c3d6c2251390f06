using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Demo;
using BioBridge.Features.Directory;

namespace BioBridge;

/// <summary>Before the first request: migrate, load the taxonomy, seed an empty embedded database, build the search index.</summary>
sealed class StartupTasks(IServiceProvider services, ILogger<StartupTasks> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var connection = scope.ServiceProvider.GetRequiredService<DatabaseConnection>();
        log.LogInformation("Database: {Database}", connection.Describe());
        await db.MigrateAsync(ct);
        await scope.ServiceProvider.GetRequiredService<TaxonomySync>().HandleAsync(ct);
        if (connection.IsEmbeddedDefault)
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<SeedDemo>().HandleAsync(null, ct);
            if (seeded.Seeded)
                log.LogInformation("First start on an empty embedded database: {Message}", seeded.Message);
        }
        await scope.ServiceProvider.GetRequiredService<AccountSeeding>().HandleAsync(ct);
        await services.GetRequiredService<DirectorySearch>().EnsureBuiltAsync(db, ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
