using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Publishing;

/// <summary>
/// Runs the due translation jobs of the configured service, one at a time: a node claims a job with one conditional
/// UPDATE (owner and lease expiry, as scheduling runs do), so several nodes share the queue and a dead node's job is
/// taken over when its lease expires. Each outcome of the service decides what happens to the job and the queue.
/// </summary>
public sealed class RunTranslationJobs(AppDb db, IMachineTranslator translator, TranslationBreaker breaker, TranslationQueue queue,
    IOptions<MachineTranslationOptions> options, TimeProvider clock, ILogger<RunTranslationJobs> log)
{
    static readonly TimeSpan LongestWait = TimeSpan.FromHours(6);

    /// <summary>Runs jobs until none is due or the breaker opens; answers how many ran.</summary>
    public async Task<int> HandleAsync(string node, CancellationToken ct)
    {
        if (!translator.IsEnabled)
            return 0;
        var service = options.Value.Provider;
        await ReleaseBudgetParkedAsync(service, ct);
        var ran = 0;
        while (breaker.StateOf(service) != BreakerState.Open && await ClaimAsync(service, node, ct) is { } job)
        {
            await RunAsync(job, ct);
            ran++;
        }
        return ran;
    }

    /// <summary>
    /// Done, superseded and failed jobs finished more than KeepFinishedDays ago are deleted; answers how many. Without
    /// its done job, a later publish of the same text queues it again and the memory answers it (0 characters).
    /// </summary>
    public async Task<int> PurgeFinishedAsync(CancellationToken ct)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.KeepFinishedDays);
        return await db.TranslationJobs.Where(j => (j.State == TranslationJobState.Done || j.State == TranslationJobState.Superseded
                || j.State == TranslationJobState.Failed) && j.FinishedAt < before)
            .ExecuteDeleteAsync(ct);
    }

    /// <summary>Jobs parked for a spent budget go back to the queue when the month (their NextAttemptAt) has come.</summary>
    async Task ReleaseBudgetParkedAsync(string service, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.TranslationJobs.Where(j => j.Service == service && j.State == TranslationJobState.Parked
                && j.LastFailure == TranslationFailure.BudgetExhausted && j.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, TranslationJobState.Queued), ct);
    }

    async Task<TranslationJob?> ClaimAsync(string service, string node, CancellationToken ct)
    {
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var candidate = await db.TranslationJobs.Where(j => j.Service == service
                    && ((j.State == TranslationJobState.Queued && j.NextAttemptAt <= now) || (j.State == TranslationJobState.Running && j.LeaseExpiresAt < now)))
                .OrderBy(j => j.NextAttemptAt).ThenBy(j => j.Id).Select(j => (long?)j.Id).FirstOrDefaultAsync(ct);
            if (candidate is not { } id)
                return null;
            var leaseUntil = now.AddSeconds(options.Value.LeaseSeconds);
            var claimed = await db.TranslationJobs.Where(j => j.Id == id
                    && ((j.State == TranslationJobState.Queued && j.NextAttemptAt <= now) || (j.State == TranslationJobState.Running && j.LeaseExpiresAt < now)))
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, TranslationJobState.Running).SetProperty(j => j.LeaseOwner, node)
                    .SetProperty(j => j.LeaseExpiresAt, leaseUntil).SetProperty(j => j.Attempts, j => j.Attempts + 1), ct);
            if (claimed == 1)
                return await db.TranslationJobs.SingleAsync(j => j.Id == id, ct);
            // Another node was quicker: look for the next one.
        }
    }

    async Task RunAsync(TranslationJob job, CancellationToken ct)
    {
        var subject = queue.Subject(job.Subject);
        var field = await FieldAsync(subject, job, ct);
        if (Superseded(field, job) is { } reason)
            await FinishAsync(job, TranslationJobState.Superseded, reason, ct);
        else
        {
            try
            {
                var texts = new List<string>();
                foreach (var text in field!.Source)
                    texts.Add(await translator.TranslateAsync(text, job.SourceLanguage, job.TargetLanguage, field.Names, ct));
                breaker.Answered(job.Service);
                await StoreAsync(subject!, job, texts, ct);
            }
            catch (TranslationFailedException e)
            {
                // Only the job's own state is saved: nothing of a failed translation reaches the content.
                db.ChangeTracker.Clear();
                db.TranslationJobs.Attach(job);
                await FailAsync(job, e, ct);
            }
        }
        db.ChangeTracker.Clear();
    }

    async Task<TranslatableField?> FieldAsync(ITranslatableSubject? subject, TranslationJob job, CancellationToken ct) =>
        subject is null ? null : (await subject.LoadAsync([job.SubjectId], ct))[job.SubjectId].FirstOrDefault(f => f.Field == job.Field);

    static string? Superseded(TranslatableField? field, TranslationJob job) =>
        field is null || !field.IsPublic || field.Hash != job.SourceHash ? "the text changed or left public view after it was queued"
        : field.Target(job.TargetLanguage) is TranslationState.Original or TranslationState.Verified ? "a person wrote this language itself"
        : null;

    /// <summary>
    /// Stores the draft on its subject as the subject is now, under a lock on the subject and only while this node still
    /// holds the job's lease: another node may be storing another draft of it into the same packed column (TextStates,
    /// PhraseTranslations), and saved over the read from before the service call, it would drop that draft; a node that
    /// was too slow and lost the lease leaves the job to the node that took it over.
    /// </summary>
    async Task StoreAsync(ITranslatableSubject subject, TranslationJob job, IReadOnlyList<string> texts, CancellationToken ct)
    {
        var node = job.LeaseOwner;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // SQLite's write transactions are exclusive already (BEGIN IMMEDIATE); PostgreSQL locks the one subject.
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({job.Subject}), {job.SubjectId})", ct);
        db.ChangeTracker.Clear();
        if (await db.TranslationJobs.CountAsync(j => j.Id == job.Id && j.State == TranslationJobState.Running && j.LeaseOwner == node, ct) == 0)
        {
            log.LogInformation("Translation job {Job} was taken over by another node; its draft is not stored here", job.Id);
            return;
        }
        db.TranslationJobs.Attach(job);
        var field = await FieldAsync(subject, job, ct);
        if (Superseded(field, job) is { } reason)
            await FinishAsync(job, TranslationJobState.Superseded, reason, ct);
        else if (field!.Store(job.TargetLanguage, texts, clock.GetUtcNow().UtcDateTime) is { } refused)
            throw new TranslationFailedException(TranslationFailure.Rejected, $"The translation cannot be stored: {refused}.");
        else
            await FinishAsync(job, TranslationJobState.Done, null, ct);
        await transaction.CommitAsync(ct);
        if (job.State == TranslationJobState.Done)
            await subject.DraftStoredAsync(job.SubjectId, ct);
    }

    async Task FinishAsync(TranslationJob job, TranslationJobState state, string? note, CancellationToken ct)
    {
        job.Finish(state, clock.GetUtcNow().UtcDateTime, note);
        await db.SaveChangesAsync(ct);
    }

    async Task FailAsync(TranslationJob job, TranslationFailedException e, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        switch (e.Failure)
        {
            case TranslationFailure.RetryLater:
                breaker.Failed(job.Service);
                job.Fail(e.Failure, TranslationJobState.Queued, e.Message, now + Backoff(job.Attempts, e.RetryAfter));
                break;
            case TranslationFailure.Rejected:
                job.Fail(e.Failure, TranslationJobState.Failed, e.Message, now);
                job.Finish(TranslationJobState.Failed, now);
                break;
            default:
                // Budget spent or settings wrong: nothing of this service can succeed, so its whole queue waits.
                breaker.Answered(job.Service);
                var until = e.Failure == TranslationFailure.BudgetExhausted ? TranslationMemory.MonthStart(now).AddMonths(1) : now;
                job.Fail(e.Failure, TranslationJobState.Parked, e.Message, until);
                await db.TranslationJobs.Where(j => j.Service == job.Service && j.State == TranslationJobState.Queued && j.Id != job.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, TranslationJobState.Parked).SetProperty(j => j.LastFailure, e.Failure)
                        .SetProperty(j => j.LastError, job.LastError).SetProperty(j => j.NextAttemptAt, until), ct);
                log.LogWarning("Translation queue of {Service} parked: {Reason}", job.Service, e.Message);
                break;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>RetrySeconds doubled per attempt up to six hours, with ±25 % jitter so nodes do not retry in step; never sooner than the service asked.</summary>
    TimeSpan Backoff(int attempts, TimeSpan? retryAfter)
    {
        var exponential = TimeSpan.FromSeconds(options.Value.RetrySeconds * Math.Pow(2, Math.Min(attempts - 1, 20)));
        var wait = (exponential < LongestWait ? exponential : LongestWait) * (0.75 + Random.Shared.NextDouble() * 0.5);
        return retryAfter is { } asked && asked > wait ? asked : wait;
    }
}
