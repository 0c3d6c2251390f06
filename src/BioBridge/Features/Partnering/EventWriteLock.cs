using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BioBridge.Features.Partnering;

/// <summary>
/// The transaction every write that places meetings runs in, one event at a time: placements read the current
/// schedule, decide, and write, so two of them must not interleave. SQLite's transactions are already exclusive
/// for writers (BEGIN IMMEDIATE); on PostgreSQL a transaction-scoped advisory lock on the event serializes them
/// across all web nodes. The unique indexes on meetings and seats remain the last line of defence.
/// A write about the requests of two delegates (a request, an answer, a withdrawal) locks only those two
/// (<see cref="AcquireForDelegatesAsync"/>), so that it never waits behind the event's placements, and widens to the
/// event lock (<see cref="WidenToEventAsync"/>) only when it turns out to place or remove a meeting.
/// </summary>
public sealed class EventWriteLock : IAsyncDisposable
{
    // First keys of the two-key advisory locks: partnering events ("BBPE") and their delegates ("BBPD").
    const int LockSpace = 0x42425045;
    const int DelegateSpace = 0x42425044;

    readonly AppDb db;
    readonly IDbContextTransaction? owned;

    EventWriteLock(AppDb db, IDbContextTransaction? owned)
    {
        this.db = db;
        this.owned = owned;
    }

    public static async Task<EventWriteLock> AcquireAsync(AppDb db, int eventId, CancellationToken ct)
    {
        var writeLock = await BeginAsync(db, ct);
        await writeLock.WidenToEventAsync(eventId, ct);
        return writeLock;
    }

    /// <summary>Locks two delegates' requests: writes about the same delegate (the same pair, or the same sender's
    /// open requests) wait for each other; other pairs of the event go on in parallel.</summary>
    public static async Task<EventWriteLock> AcquireForDelegatesAsync(AppDb db, int first, int second, CancellationToken ct)
    {
        var writeLock = await BeginAsync(db, ct);
        if (writeLock.owned is not null && db.Database.IsNpgsql())
            // Always in ascending order, and always before the event's lock, so that two writers never wait for each other in a circle.
            foreach (var delegateId in new[] { first, second }.Distinct().Order())
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({DelegateSpace}, {delegateId})", ct);
        return writeLock;
    }

    /// <summary>Takes the event's lock too, before anything is written: the write is going to place or remove a meeting.</summary>
    public async Task WidenToEventAsync(int eventId, CancellationToken ct)
    {
        if (owned is not null && db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockSpace}, {eventId})", ct);
    }

    static async Task<EventWriteLock> BeginAsync(AppDb db, CancellationToken ct) =>
        // Inside a caller's transaction (seeding the demo) the caller already holds the database.
        db.Database.CurrentTransaction is not null ? new EventWriteLock(db, null) : new EventWriteLock(db, await db.Database.BeginTransactionAsync(ct));

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
