using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

/// <summary>Keeps the index current with changes written by other nodes or commands: polls for newer rows.</summary>
public sealed class DirectoryIndexRefresher(IServiceProvider services, DirectorySearch search, ILogger<DirectoryIndexRefresher> log) : BackgroundService
{
    static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(ct))
        {
            if (!search.IsBuilt)
                continue;
            try
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDb>();
                var since = search.Watermark;
                var changed = await db.Organizations.AsNoTracking().Include(o => o.Sectors)
                    .Where(o => o.UpdatedAt > since).OrderBy(o => o.UpdatedAt).Take(5000).ToListAsync(ct);
                if (changed.Count > 0)
                    search.Upsert(changed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not stop the refresher; the next tick tries again.
                log.LogWarning(e, "Search index refresh failed");
            }
        }
    }
}
