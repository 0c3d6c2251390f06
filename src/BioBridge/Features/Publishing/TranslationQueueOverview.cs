using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Publishing;

/// <summary>What operators see of the translation queue and the one thing they do to it: send parked jobs again.</summary>
public sealed class TranslationQueueOverview(AppDb db, TranslationQueue queue, TranslationBreaker breaker, IOptions<MachineTranslationOptions> options, TimeProvider clock)
{
    const int MaxProblems = 100;

    public async Task<TranslationQueueStatus> StatusAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var service = settings.Provider;
        var now = clock.GetUtcNow().UtcDateTime;
        var counts = await db.TranslationJobs.Where(j => j.Service == service).GroupBy(j => j.State)
            .Select(g => new { State = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.State, g => g.Count, ct);
        var sent = await TranslationMemory.SentThisMonthAsync(db, service, now, ct);
        var memory = (await TranslationMemory.ReportAsync(db, ct)).FirstOrDefault(u => u.Service == service);
        var parkedFor = await db.TranslationJobs.Where(j => j.Service == service && j.State == TranslationJobState.Parked && j.LastFailure != null)
            .Select(j => j.LastFailure!.Value).Distinct().ToListAsync(ct);
        return new TranslationQueueStatus(service, counts, sent, settings.MonthlyCharacters,
            Math.Round(sent * settings.PricePerMillionCharacters / 1_000_000m, 2), settings.Currency, memory, breaker.StateOf(service),
            parkedFor, await ProblemsAsync(service, ct));
    }

    async Task<List<TranslationJobProblem>> ProblemsAsync(string service, CancellationToken ct)
    {
        var jobs = await db.TranslationJobs.AsNoTracking()
            .Where(j => j.Service == service && (j.State == TranslationJobState.Parked || j.State == TranslationJobState.Failed))
            .OrderByDescending(j => j.Id).Take(MaxProblems).ToListAsync(ct);
        var links = new Dictionary<(string, int), SubjectLink>();
        foreach (var bySubject in jobs.GroupBy(j => j.Subject))
            if (queue.Subject(bySubject.Key) is { } subject)
                foreach (var (id, link) in await subject.LinksAsync(bySubject.Select(j => j.SubjectId).Distinct().ToList(), ct))
                    links[(bySubject.Key, id)] = link;
        return jobs.Select(j =>
        {
            var (label, href) = links.GetValueOrDefault((j.Subject, j.SubjectId)) ?? new SubjectLink($"{j.Subject} #{j.SubjectId}", "/");
            return new TranslationJobProblem(j.Id, j.State, j.Subject, label, href, j.Field, j.TargetLanguage, j.Attempts, j.LastFailure,
                j.LastError, j.NextAttemptAt);
        }).ToList();
    }

    /// <summary>Parked jobs go back to the queue now, e.g. after the settings were fixed or the budget raised; answers how many.</summary>
    public async Task<int> RetryParkedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.TranslationJobs.Where(j => j.Service == options.Value.Provider && j.State == TranslationJobState.Parked)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, TranslationJobState.Queued).SetProperty(j => j.NextAttemptAt, now), ct);
    }
}
