using BioBridge.Data;
using BioBridge.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests.TranslationQueue;

/// <summary>
/// Two nodes' workers on one queue, on each provider: each with its own context, memory and breaker, running at the
/// same time against the LibreTranslate stub. Every job runs once and ends done once, every text is sent once, no
/// draft is lost, and a dead node's job is taken over when its lease has expired.
/// </summary>
public abstract class TwoNodesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : QueueApp
{
    static readonly int LeaseSeconds = new MachineTranslationOptions().LeaseSeconds;

    /// <summary>Gives published organizations public offers and needs of this test only (descriptions kept from the queue), and queues them.</summary>
    async Task<List<Organization>> QueueAsync(string test, int organizations)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var chosen = await db.Organizations.Where(o => o.IsPublished && o.PhraseTranslations == null)
            .OrderBy(o => o.Id).Take(organizations).ToListAsync();
        foreach (var o in chosen)
        {
            (o.Offers, o.Needs, o.PipelineVisibility, o.DescriptionVisibility) =
                ([$"{test} {o.ExternalId} 细胞株构建服务"], [$"{test} {o.ExternalId} 临床前研究合作"], Visibility.Public, Visibility.Members);
            await scope.ServiceProvider.GetRequiredService<Shared.TranslationQueue>().EnqueueAsync(Organization.TranslationSubject, o.Id, default);
        }
        await db.SaveChangesAsync();
        return chosen;
    }

    async Task<List<TranslationJob>> JobsAsync(IEnumerable<Organization> organizations)
    {
        var ids = organizations.Select(o => o.Id).ToList();
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDb>().TranslationJobs.AsNoTracking()
            .Where(j => j.Subject == "organization" && ids.Contains(j.SubjectId)).OrderBy(j => j.Id).ToListAsync();
    }

    /// <summary>What the stub was asked of this test's texts, per text and target language.</summary>
    Dictionary<(string Text, string Target), int> SentOf(string test) => app.Stub.Requests
        .Select(r => System.Text.Json.JsonDocument.Parse(r.Body).RootElement)
        .Select(b => (Text: b.GetProperty("q").GetString()!, Target: b.GetProperty("target").GetString()!))
        .Where(s => s.Text.StartsWith(test, StringComparison.Ordinal))
        .GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());

    async Task<Organization> ReloadAsync(int id)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDb>().Organizations.AsNoTracking().SingleAsync(o => o.Id == id);
    }

    [Fact]
    public async Task Two_nodes_at_once_run_every_job_once_send_every_text_once_and_lose_no_draft()
    {
        var organizations = await QueueAsync("two-nodes", 8);
        var queued = await JobsAsync(organizations);
        queued.Count.ShouldBe(32);

        var ran = await Task.WhenAll(Task.Run(() => app.RunQueueAsync(node: "node-a")), Task.Run(() => app.RunQueueAsync(node: "node-b")));

        ran.Sum().ShouldBe(queued.Count);
        var jobs = await JobsAsync(organizations);
        jobs.ShouldAllBe(j => j.State == TranslationJobState.Done && j.Attempts == 1 && j.LeaseOwner == null && j.FinishedAt != null);
        var sent = SentOf("two-nodes");
        sent.Count.ShouldBe(queued.Count);
        sent.Values.ShouldAllBe(times => times == 1);
        foreach (var o in organizations)
        {
            var translated = await ReloadAsync(o.Id);
            foreach (var (field, language) in new[] { ("offers", "en"), ("offers", "ko"), ("needs", "en"), ("needs", "ko") })
                (translated.MachinePhrases(field, language) ?? []).ShouldHaveSingleItem($"{o.ExternalId} {field}.{language}")
                    .ShouldStartWith($"[{language}] two-nodes {o.ExternalId} ");
        }
    }

    [Fact]
    public async Task A_dead_nodes_job_is_taken_over_by_the_other_node_once_its_lease_has_expired()
    {
        var organization = (await QueueAsync("dead-node", 1)).Single();
        var orphan = (await JobsAsync([organization]))[0];
        var leaseEnds = app.Clock.GetUtcNow().UtcDateTime.AddSeconds(LeaseSeconds);
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<AppDb>().TranslationJobs.Where(j => j.Id == orphan.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, TranslationJobState.Running).SetProperty(j => j.LeaseOwner, "dead-node")
                    .SetProperty(j => j.LeaseExpiresAt, leaseEnds).SetProperty(j => j.Attempts, 1));

        await app.RunQueueAsync(node: "node-b");
        var held = (await JobsAsync([organization])).Single(j => j.Id == orphan.Id);
        (held.State, held.LeaseOwner).ShouldBe((TranslationJobState.Running, "dead-node"));

        app.Clock.Set(app.Clock.GetUtcNow().AddSeconds(LeaseSeconds + 1));
        (await app.RunQueueAsync(node: "node-b")).ShouldBe(1);

        var taken = (await JobsAsync([organization])).Single(j => j.Id == orphan.Id);
        (taken.State, taken.Attempts, taken.LeaseOwner).ShouldBe((TranslationJobState.Done, 2, null));
        SentOf("dead-node").Values.ShouldAllBe(times => times == 1);
        (await JobsAsync([organization])).ShouldAllBe(j => j.State == TranslationJobState.Done);
        var translated = await ReloadAsync(organization.Id);
        translated.MachinePhrases(orphan.Field, orphan.TargetLanguage).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_slow_node_that_lost_its_lease_stores_nothing_and_leaves_the_job_to_the_node_that_took_it_over()
    {
        var organization = (await QueueAsync("slow-node", 1)).Single();
        var jobs = await JobsAsync([organization]);
        // While node-a waits for the service, its lease runs out and node-b takes the first job over.
        var taken = jobs[0];
        app.WhileTranslating = text =>
        {
            if (!text.StartsWith("slow-node", StringComparison.Ordinal))
                return;
            app.WhileTranslating = null;
            using var scope = app.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<AppDb>().TranslationJobs.Where(j => j.Id == taken.Id)
                .ExecuteUpdate(s => s.SetProperty(j => j.LeaseOwner, "node-b"));
        };
        try
        {
            await app.RunQueueAsync(node: "node-a");
        }
        finally
        {
            app.WhileTranslating = null;
        }

        var after = await JobsAsync([organization]);
        var kept = after.Single(j => j.Id == taken.Id);
        (kept.State, kept.LeaseOwner).ShouldBe((TranslationJobState.Running, "node-b"));
        after.Where(j => j.Id != taken.Id).ShouldAllBe(j => j.State == TranslationJobState.Done);
        (await ReloadAsync(organization.Id)).MachinePhrases(taken.Field, taken.TargetLanguage).ShouldBeNull();
    }
}
