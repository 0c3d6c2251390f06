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
/// event lock (<see cref="WidenToEventAsync"/>) only when it turns out to place or remove a meeting. Placing one pair's
/// meeting at its first free place only shares the event's lock (<see cref="ShareEventAsync"/>): such placements go on
/// in parallel, kept apart by the delegate locks, the unique indexes and the interpreters' lock
/// (<see cref="LockInterpretersAsync"/>), while every other placement waits for them and they for it.
/// </summary>
public sealed class EventWriteLock : IAsyncDisposable
{
    // First keys of the two-key advisory locks: partnering events ("BBPE") and their delegates ("BBPD").
    const int LockSpace = 0x42425045;
    const int DelegateSpace = 0x42425044;
    // ... and the meeting counts of an event's interpreters ("BBPI").
    const int InterpreterSpace = 0x42425049;

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

    /// <summary>
    /// Takes the event's lock shared with other placements of one pair each: those only add a meeting of delegates they
    /// have locked, at a table the unique index keeps to one meeting per slot, and lock the interpreters before booking
    /// one; writes that move, remove or store other meetings take the lock alone (<see cref="WidenToEventAsync"/>).
    /// </summary>
    public async Task ShareEventAsync(int eventId, CancellationToken ct)
    {
        if (owned is not null && db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared({LockSpace}, {eventId})", ct);
    }

    /// <summary>Locks the event's interpreters' bookings, last of all locks: an interpreter's meeting count has no unique index to guard it.</summary>
    public async Task LockInterpretersAsync(int eventId, CancellationToken ct)
    {
        if (owned is not null && db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({InterpreterSpace}, {eventId})", ct);
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
