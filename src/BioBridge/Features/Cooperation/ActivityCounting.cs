using System.Runtime.CompilerServices;
using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace BioBridge.Features.Cooperation;

/// <summary>
/// Keeps <see cref="ActivityDay"/> current on every save, whichever feature writes: before the save it takes what
/// changed or deleted requests, meetings and follow-ups counted for (their original values), after it adds what the
/// new and changed ones count for (their keys are real by then), all in the save's transaction (begun here when the
/// caller has none). A change that moves records between clusters or days wholesale (an organization's cluster,
/// a delegate's organization, a slot's day, a deletion that cascades in the database) rebuilds the summary instead.
/// </summary>
public sealed class ActivityCounting : SaveChangesInterceptor
{
    public static readonly ActivityCounting Instance = new();

    sealed class Pending
    {
        public readonly List<ActivityDelta> Deltas = [];
        public readonly List<object> Current = [];
        public bool Rebuild;
        public IDbContextTransaction? Transaction;
    }

    readonly ConditionalWeakTable<DbContext, Pending> pending = new();

    static bool Changed(EntityEntry entry, params string[] properties) =>
        entry.State == EntityState.Deleted || entry.State == EntityState.Modified && properties.Any(p => entry.Property(p).IsModified);

    static T Original<T>(EntityEntry entry, string property) => entry.Property(property).OriginalValue is T value ? value : default!;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken ct = default)
    {
        if (eventData.Context is not AppDb db)
            return result;
        var work = new Pending();
        var oldRequests = new List<(DateTime At, int From, int To)>();
        var oldFollowUps = new List<(DateTime At, int Delegate)>();
        var oldMeetings = new List<(int Id, int Slot)>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                // Deleting these cascades in the database to rows the change tracker never sees (meetings, follow-ups).
                case MeetingRequest when entry.State == EntityState.Deleted:
                case Meeting when entry.State == EntityState.Deleted && Original<MeetingStatus>(entry, nameof(Meeting.Status)) == MeetingStatus.Held:
                    work.Rebuild = true;
                    break;
                case MeetingRequest when entry.State == EntityState.Added:
                case MeetingFollowUp when entry.State == EntityState.Added:
                case Meeting { Status: MeetingStatus.Held } when entry.State == EntityState.Added:
                    work.Current.Add(entry.Entity);
                    break;
                case MeetingRequest when Changed(entry, nameof(MeetingRequest.CreatedAt), nameof(MeetingRequest.FromDelegateId), nameof(MeetingRequest.ToDelegateId)):
                    oldRequests.Add((Original<DateTime>(entry, nameof(MeetingRequest.CreatedAt)), Original<int>(entry, nameof(MeetingRequest.FromDelegateId)),
                        Original<int>(entry, nameof(MeetingRequest.ToDelegateId))));
                    if (entry.State == EntityState.Modified)
                        work.Current.Add(entry.Entity);
                    break;
                case MeetingFollowUp when Changed(entry, nameof(MeetingFollowUp.SubmittedAt), nameof(MeetingFollowUp.DelegateId)):
                    oldFollowUps.Add((Original<DateTime>(entry, nameof(MeetingFollowUp.SubmittedAt)), Original<int>(entry, nameof(MeetingFollowUp.DelegateId))));
                    if (entry.State == EntityState.Modified)
                        work.Current.Add(entry.Entity);
                    break;
                case Meeting when Changed(entry, nameof(Meeting.Status), nameof(Meeting.SlotId)):
                    if (Original<MeetingStatus>(entry, nameof(Meeting.Status)) == MeetingStatus.Held)
                        oldMeetings.Add((Original<int>(entry, nameof(Meeting.Id)), Original<int>(entry, nameof(Meeting.SlotId))));
                    if (entry.State == EntityState.Modified)
                        work.Current.Add(entry.Entity);
                    break;
                case Organization when Changed(entry, nameof(Organization.ClusterId)):
                case EventDelegate when Changed(entry, nameof(EventDelegate.OrganizationId)):
                case EventSlot when Changed(entry, nameof(EventSlot.Day)):
                case Event when entry.State == EntityState.Deleted:
                    work.Rebuild = true;
                    break;
            }
        }
        if (work.Current.Count == 0 && oldRequests.Count == 0 && oldFollowUps.Count == 0 && oldMeetings.Count == 0 && !work.Rebuild)
            return result;

        if (!work.Rebuild)
        {
            var delegates = await ActivitySummary.DelegateClustersAsync(db, oldRequests.SelectMany(r => new[] { r.From, r.To }).Concat(oldFollowUps.Select(f => f.Delegate)), ct);
            work.Deltas.AddRange(oldRequests.Select(r => new ActivityDelta(ActivityMeasure.MeetingRequests, ActivitySummary.DayOf(r.At),
                ActivitySummary.Key([delegates.GetValueOrDefault(r.From), delegates.GetValueOrDefault(r.To)]), -1)));
            work.Deltas.AddRange(oldFollowUps.Select(f => new ActivityDelta(ActivityMeasure.FollowUps, ActivitySummary.DayOf(f.At),
                ActivitySummary.Key([delegates.GetValueOrDefault(f.Delegate)]), -1)));
            var meetings = await ActivitySummary.MeetingKeysAsync(db, oldMeetings, ct);
            work.Deltas.AddRange(meetings.Values.Select(m => new ActivityDelta(ActivityMeasure.MeetingsHeld, m.Day, m.Clusters, -1)));
        }
        if (db.Database.CurrentTransaction is null)
            work.Transaction = await db.Database.BeginTransactionAsync(ct);
        pending.AddOrUpdate(db, work);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (eventData.Context is not AppDb db || !pending.TryGetValue(db, out var work))
            return result;
        pending.Remove(db);
        try
        {
            if (work.Rebuild)
                await ActivitySummary.RebuildAsync(db, ct);
            else
                await ActivitySummary.AddAsync(db, work.Deltas.Concat(await CurrentAsync(db, work.Current, ct)), ct);
            if (work.Transaction is not null)
                await work.Transaction.CommitAsync(ct);
        }
        finally
        {
            if (work.Transaction is not null)
                await work.Transaction.DisposeAsync();
        }
        return result;
    }

    /// <summary>What the saved records count for now.</summary>
    static async Task<List<ActivityDelta>> CurrentAsync(AppDb db, List<object> records, CancellationToken ct)
    {
        var requests = records.OfType<MeetingRequest>().ToList();
        var followUps = records.OfType<MeetingFollowUp>().ToList();
        var delegates = await ActivitySummary.DelegateClustersAsync(db,
            requests.SelectMany(r => new[] { r.FromDelegateId, r.ToDelegateId }).Concat(followUps.Select(f => f.DelegateId)), ct);
        var meetings = await ActivitySummary.MeetingKeysAsync(db,
            records.OfType<Meeting>().Where(m => m.Status == MeetingStatus.Held).Select(m => (m.Id, m.SlotId)), ct);
        return requests.Select(r => new ActivityDelta(ActivityMeasure.MeetingRequests, ActivitySummary.DayOf(r.CreatedAt),
                ActivitySummary.Key([delegates.GetValueOrDefault(r.FromDelegateId), delegates.GetValueOrDefault(r.ToDelegateId)]), 1))
            .Concat(followUps.Select(f => new ActivityDelta(ActivityMeasure.FollowUps, ActivitySummary.DayOf(f.SubmittedAt),
                ActivitySummary.Key([delegates.GetValueOrDefault(f.DelegateId)]), 1)))
            .Concat(meetings.Values.Select(m => new ActivityDelta(ActivityMeasure.MeetingsHeld, m.Day, m.Clusters, 1)))
            .ToList();
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default) =>
        await AbandonAsync(eventData.Context);

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken ct = default) =>
        await AbandonAsync(eventData.Context);

    async Task AbandonAsync(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var work))
            return;
        pending.Remove(context);
        if (work.Transaction is not null)
        {
            await work.Transaction.RollbackAsync();
            await work.Transaction.DisposeAsync();
        }
    }

    // The app saves asynchronously only; a synchronous save still keeps the summary true.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => AbandonAsync(eventData.Context).GetAwaiter().GetResult();
}
