using Microsoft.Extensions.Options;

namespace BioBridge.Features.Publishing;

/// <summary>The translation queue's background worker on every node that has BioBridge:MachineTranslation:Worker on.</summary>
public sealed class TranslationWorker(IServiceProvider services, IOptions<MachineTranslationOptions> options, IHostApplicationLifetime lifetime,
    ILogger<TranslationWorker> log) : BackgroundService
{
    public static readonly string Node = NodeName();
    static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    static string NodeName()
    {
        var name = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return name.Length > TranslationJob.MaxLeaseOwnerLength ? name[^TranslationJob.MaxLeaseOwnerLength..] : name;
    }

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        if (!options.Value.Worker || options.Value.Provider == "off")
            return;
        await lifetime.WaitForStartAsync(ct);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds));
        var purged = DateTime.MinValue;
        do
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var run = scope.ServiceProvider.GetRequiredService<RunTranslationJobs>();
                // Old finished jobs go at most once an hour on each node.
                if (DateTime.UtcNow - purged >= PurgeEvery)
                {
                    await run.PurgeFinishedAsync(ct);
                    purged = DateTime.UtcNow;
                }
                await run.HandleAsync(Node, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be migrating or briefly away: try again at the next tick.
                log.LogWarning(e, "Running translation jobs failed");
            }
        }
        while (await timer.WaitForNextTickAsync(ct));
    }
}
