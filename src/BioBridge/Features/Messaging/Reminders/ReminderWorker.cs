using Microsoft.Extensions.Options;

namespace BioBridge.Features.Messaging;

/// <summary>
/// The background job of reminders and message digests, on every web node. Running it on several nodes at once is
/// safe: each reminder is written under a unique key and each digest is claimed before it is sent.
/// </summary>
public sealed class ReminderWorker(IServiceProvider services, IOptions<ReminderOptions> options, IHostApplicationLifetime lifetime,
    ILogger<ReminderWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        await lifetime.WaitForStartAsync(ct);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds));
        do
        {
            try
            {
                await RunOnceAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Sending reminders failed");
            }
        }
        while (await timer.WaitForNextTickAsync(ct));
    }

    /// <summary>One round: the reminders that are due, then the digests; returns how many of each went out.</summary>
    public async Task<(int Reminders, int Digests)> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var reminders = await scope.ServiceProvider.GetRequiredService<SendDueReminders>().HandleAsync(ct);
        var digests = await scope.ServiceProvider.GetRequiredService<MessageDigest>().HandleAsync(ct);
        return (reminders, digests);
    }
}
