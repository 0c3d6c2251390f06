using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BioBridge.Features.Partnering;

/// <summary>
/// The transaction every write that places meetings runs in, one event at a time: placements read the current
/// schedule, decide, and write, so two of them must not interleave. SQLite's transactions are already exclusive
/// for writers (BEGIN IMMEDIATE); on PostgreSQL a transaction-scoped advisory lock on the event serializes them
/// across all web nodes. The unique indexes on meetings and seats remain the last line of defence.
/// </summary>
public sealed class EventWriteLock : IAsyncDisposable
{
    // First key of the two-key advisory lock: the space of partnering event locks ("BBPE").
    const int LockSpace = 0x42425045;

    readonly IDbContextTransaction? owned;

    EventWriteLock(IDbContextTransaction? owned) => this.owned = owned;

    public static async Task<EventWriteLock> AcquireAsync(AppDb db, int eventId, CancellationToken ct)
    {
        // Inside a caller's transaction (seeding the demo) the caller already holds the database.
        if (db.Database.CurrentTransaction is not null)
            return new EventWriteLock(null);
        var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockSpace}, {eventId})", ct);
        return new EventWriteLock(transaction);
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        if (owned is not null)
            await owned.CommitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (owned is not null)
            await owned.DisposeAsync();
    }
}
