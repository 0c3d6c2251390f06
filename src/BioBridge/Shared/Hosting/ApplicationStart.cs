namespace BioBridge.Shared;

/// <summary>When a background worker may begin: after the start-up tasks have migrated (and seeded) the database.</summary>
public static class ApplicationStart
{
    public static async Task WaitForStartAsync(this IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await started.Task.WaitAsync(ct);
    }
}
