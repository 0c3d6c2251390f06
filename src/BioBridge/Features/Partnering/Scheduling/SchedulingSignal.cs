namespace BioBridge.Features.Partnering;

/// <summary>Wakes this node's worker at once when a run is queued here; runs queued on other nodes are found by polling.</summary>
public sealed class SchedulingSignal
{
    readonly SemaphoreSlim semaphore = new(0);

    public void Wake()
    {
        if (semaphore.CurrentCount == 0)
            semaphore.Release();
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct) => await semaphore.WaitAsync(timeout, ct);
}
