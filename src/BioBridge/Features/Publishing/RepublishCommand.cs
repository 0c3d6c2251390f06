using System.Text.Json;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Publishing;

/// <summary>
/// `translation republish [--passes N]`: measures the translation memory on a demo or bench database. Each pass drops
/// every machine draft of the published public content, queues it as a publish would and runs the queue to the end;
/// a pass after the first finds every text in the memory and sends nothing.
/// </summary>
public static class RepublishCommand
{
    public sealed record Pass(int Number, int Jobs, long CharactersSent, int MemoryHits, int StillQueued, Dictionary<string, int> JobsBySubject);

    public static async Task<int> RunAsync(IServiceProvider services, int passes, bool json, TextWriter stdout, TextWriter stderr)
    {
        var service = services.GetRequiredService<IOptions<MachineTranslationOptions>>().Value.Provider;
        if (service == "off")
            throw new UsageException("translation republish needs a provider: set BioBridge__MachineTranslation__Provider (fake for a dry run)");
        var results = new List<Pass>();
        for (var number = 1; number <= passes; number++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            var (sentBefore, hitsBefore) = await MemoryTotalsAsync(db, service);
            var lastJob = await db.TranslationJobs.MaxAsync(j => (long?)j.Id) ?? 0;
            await RequeueAsync(db, scope.ServiceProvider.GetRequiredService<TranslationQueue>());
            var jobs = 0;
            for (int ran; (ran = await scope.ServiceProvider.GetRequiredService<RunTranslationJobs>().HandleAsync(TranslationWorker.Node, default)) > 0;)
                jobs += ran;
            var (sentAfter, hitsAfter) = await MemoryTotalsAsync(db, service);
            var queued = await db.TranslationJobs.CountAsync(j => j.Service == service && j.State == TranslationJobState.Queued);
            var bySubject = await db.TranslationJobs.Where(j => j.Id > lastJob).GroupBy(j => j.Subject)
                .Select(g => new { Subject = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Subject, g => g.Count);
            results.Add(new Pass(number, jobs, sentAfter - sentBefore, hitsAfter - hitsBefore, queued, bySubject));
        }
        await using (var scope = services.CreateAsyncScope())
        {
            var memory = (await TranslationMemory.ReportAsync(scope.ServiceProvider.GetRequiredService<AppDb>(), default)).FirstOrDefault(u => u.Service == service);
            if (json)
                await stdout.WriteLineAsync(JsonSerializer.Serialize(new { service, passes = results, memory }, CommandJson.Options));
            foreach (var pass in results)
                await stderr.WriteLineAsync($"pass {pass.Number}: {pass.Jobs:N0} jobs ({string.Join(", ", pass.JobsBySubject.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value:N0}"))}), " +
                    $"{pass.CharactersSent:N0} characters sent, {pass.MemoryHits:N0} memory hits, {pass.StillQueued:N0} still queued");
            await stderr.WriteLineAsync($"{service}: memory hit rate {memory?.HitRate ?? 0:P1} ({memory?.Entries ?? 0:N0} texts translated once, {memory?.Hits ?? 0:N0} reuses)");
        }
        return 0;
    }

    static async Task<(long Sent, int Hits)> MemoryTotalsAsync(AppDb db, string service)
    {
        var entries = db.TranslationMemoryEntries.Where(e => e.Service == service);
        return (await entries.SumAsync(e => (long)e.SourceCharacters), await entries.SumAsync(e => e.Hits));
    }

    /// <summary>Every machine draft of public content dropped and queued again, as if it were all published now.</summary>
    static async Task RequeueAsync(AppDb db, TranslationQueue queue)
    {
        foreach (var subject in queue.Subjects)
            await subject.RequeueAllAsync(queue, default);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
