using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BioBridge.Tests.TranslationQueue;

/// <summary>
/// The background translation queue against a LibreTranslate stub, on each provider: what publishing queues, what a
/// run sends and stores, and what outages, a spent budget and the breaker do to the queue. Each test publishes its
/// own organization's texts, so it looks only at that organization's jobs.
/// </summary>
public abstract class TranslationQueueTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : QueueApp
{
    /// <summary>Phrases of one test only: a text another test had translated would be a memory hit, not a request.</summary>
    static string[] OffersOf(string organization) => [$"{organization} 工艺开发合作", $"{organization} 稳定性研究"];

    /// <summary>A member proposes a Chinese-only public description (and offers), and the cluster's operator approves it.</summary>
    async Task<int> PublishChineseAsync(string organization, string description, string[]? offers = null, Action<Dictionary<string, object?>>? change = null)
    {
        var member = await app.MemberAsync($"queue-{app.Provider}@{organization}.example", organization);
        var current = (await BioBridgeApp.OkJsonAsync(await member.GetAsync("/api/v1/my/profile"))).GetProperty("published");
        var proposal = JsonSerializer.Deserialize<Dictionary<string, object?>>(current.GetRawText())!;
        proposal["description"] = new { zh = new { text = description, state = "original" } };
        proposal["offers"] = offers ?? [];
        proposal["needs"] = Array.Empty<string>();
        proposal["descriptionVisibility"] = "public";
        proposal["pipelineVisibility"] = "public";
        change?.Invoke(proposal);
        (await member.PutAsJsonAsync("/api/v1/my/profile", proposal)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await app.ApprovePendingAsync(organization);
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDb>().Organizations.Where(o => o.ExternalId == organization).Select(o => o.Id).SingleAsync();
    }

    async Task<List<TranslationJob>> JobsAsync(int organizationId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDb>().TranslationJobs.AsNoTracking()
            .Where(j => j.Subject == "organization" && j.SubjectId == organizationId).OrderBy(j => j.Id).ToListAsync();
    }

    async Task<Organization> OrganizationAsync(int id)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDb>().Organizations.AsNoTracking().SingleAsync(o => o.Id == id);
    }

    Task<int> RunAsync(TranslationBreaker? breaker = null, Action<MachineTranslationOptions>? tune = null) => app.RunQueueAsync(breaker, tune);

    async Task<JsonElement> DetailAsync(string organization, string lang) =>
        await BioBridgeApp.OkJsonAsync(await app.Anonymous().GetAsync($"/api/v1/organizations/{organization}?lang={lang}"));

    [Fact]
    public async Task Publishing_queues_each_missing_language_of_public_text_in_the_approval_itself()
    {
        var id = await PublishChineseAsync("cq-zaining-vector", "载宁基因提供AAV载体工艺开发服务。", OffersOf("zaining"));

        var jobs = await JobsAsync(id);
        jobs.Select(j => (j.Field, j.SourceLanguage, j.TargetLanguage, j.State)).Order().ShouldBe([
            ("description", "zh", "en", TranslationJobState.Queued), ("description", "zh", "ko", TranslationJobState.Queued),
            ("offers", "zh", "en", TranslationJobState.Queued), ("offers", "zh", "ko", TranslationJobState.Queued)]);
        jobs.ShouldAllBe(j => j.Service == "libretranslate");
    }

    [Fact]
    public async Task Members_only_text_is_never_queued_so_it_never_reaches_a_service()
    {
        var id = await PublishChineseAsync("cq-jinyun-tcm", "金运中药仅向会员展示的简介文本。", OffersOf("jinyun-tcm"), p => p["descriptionVisibility"] = "members");

        (await JobsAsync(id)).Select(j => j.Field).Distinct().ShouldBe(["offers"]);
    }

    [Fact]
    public async Task An_outage_keeps_the_original_loses_nothing_and_the_queue_catches_up_when_the_service_returns()
    {
        const string chinese = "渝澜生物提供双特异性抗体的细胞株构建。";
        var offers = OffersOf("yulan");
        var id = await PublishChineseAsync("cq-yulan-biologics", chinese, offers);
        app.Outage = 503;
        try
        {
            await RunAsync();
        }
        finally
        {
            app.Outage = null;
        }

        var waiting = await JobsAsync(id);
        waiting.ShouldAllBe(j => j.State == TranslationJobState.Queued && j.LastFailure == TranslationFailure.RetryLater && j.Attempts == 1);
        waiting.ShouldAllBe(j => j.NextAttemptAt > app.Clock.GetUtcNow().UtcDateTime);
        var korean = await DetailAsync("cq-yulan-biologics", "ko");
        korean.GetProperty("description").GetProperty("zh").GetString().ShouldBe(chinese);
        (await OrganizationAsync(id)).DescriptionKo.ShouldBeNull();

        // Back up: once the retries are due, the queue catches up and nothing was lost.
        app.Clock.Set(app.Clock.GetUtcNow().AddHours(7));
        await RunAsync();
        (await JobsAsync(id)).ShouldAllBe(j => j.State == TranslationJobState.Done);
        var translated = await OrganizationAsync(id);
        translated.DescriptionKo.ShouldStartWith("[ko] ");
        translated.DescriptionVersions.Ko!.State.ShouldBe(TranslationState.Machine);
        translated.DescriptionVersions.Zh!.State.ShouldBe(TranslationState.Original);
        translated.MachinePhrases("offers", "en")!.Count.ShouldBe(offers.Length);
        translated.MachinePhrases("offers", "en")!.ShouldAllBe(p => p.StartsWith("[en] "));
        translated.Offers.ShouldBe(offers);
        (await DetailAsync("cq-yulan-biologics", "ko")).GetProperty("descriptionVersions").GetProperty("ko").GetProperty("state").GetString().ShouldBe("machine");
    }

    [Fact]
    public async Task A_later_change_supersedes_the_queued_jobs_of_the_same_field_and_only_the_latest_text_is_sent()
    {
        const string first = "山城细胞的第一版简介：细胞治疗工艺。";
        const string second = "山城细胞的第二版简介：CAR-T细胞治疗工艺开发。";
        var id = await PublishChineseAsync("cq-shancheng-cell", first);
        await PublishChineseAsync("cq-shancheng-cell", second);

        var jobs = await JobsAsync(id);
        jobs.Where(j => j.State == TranslationJobState.Superseded).Select(j => j.TargetLanguage).Order().ShouldBe(["en", "ko"]);
        jobs.Where(j => j.State == TranslationJobState.Queued).Select(j => j.TargetLanguage).Order().ShouldBe(["en", "ko"]);
        await RunAsync();
        (await OrganizationAsync(id)).DescriptionEn!.ShouldStartWith("[en] ");
        (await OrganizationAsync(id)).DescriptionEn!.ShouldContain("第二版");
        app.Sent.ShouldNotContain(t => t.Contains("第一版"));
    }

    [Fact]
    public async Task A_machine_draft_never_overwrites_a_language_the_organization_wrote()
    {
        const string chinese = "渝新临床提供临床试验服务，人工英文测试。";
        const string english = "Yuxin Clinical runs clinical trials; this English is written by the organization.";
        var id = await PublishChineseAsync("cq-yuxin-clinical", chinese);
        // The organization writes the English itself before the queue ran: the waiting English job is superseded.
        await PublishChineseAsync("cq-yuxin-clinical", chinese, change: p => p["description"] = new
        {
            zh = new { text = chinese, state = "original" },
            en = new { text = english, state = "original" },
        });
        await RunAsync();

        var organization = await OrganizationAsync(id);
        organization.DescriptionEn.ShouldBe(english);
        organization.DescriptionVersions.En!.State.ShouldBe(TranslationState.Original);
        organization.DescriptionVersions.Ko!.State.ShouldBe(TranslationState.Machine);
        (await JobsAsync(id)).Where(j => j.TargetLanguage == "en").ShouldAllBe(j => j.State == TranslationJobState.Superseded);

        // A job that was already queued when the person's text arrived finds it and stores nothing.
        var korean = (await JobsAsync(id)).Single(j => j.TargetLanguage == "ko");
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            db.TranslationJobs.Add(new TranslationJob
            {
                Subject = "organization", SubjectId = id, Field = "description", SourceLanguage = "zh", SourceHash = korean.SourceHash,
                TargetLanguage = "en", Service = "libretranslate", CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
                NextAttemptAt = app.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        }
        await RunAsync();
        (await OrganizationAsync(id)).DescriptionEn.ShouldBe(english);
        var late = (await JobsAsync(id)).Last();
        late.State.ShouldBe(TranslationJobState.Superseded);
        late.LastError.ShouldBe("a person wrote this language itself");
    }

    [Fact]
    public async Task The_breaker_opens_after_consecutive_failures_and_lets_one_job_probe_after_its_rest()
    {
        var id = await PublishChineseAsync("cq-chengquan-biotech", "澄泉生物提供重组蛋白表达服务。", OffersOf("chengquan"));
        var options = Options.Create(new MachineTranslationOptions { Provider = "libretranslate", BreakerFailures = 2, BreakerSeconds = 60 });
        var breaker = new TranslationBreaker(options, app.Clock);
        void Tune(MachineTranslationOptions o) => (o.BreakerFailures, o.BreakerSeconds) = (2, 60);
        app.Outage = 503;
        try
        {
            var before = app.Stub.Requests.Count;
            await RunAsync(breaker, Tune);
            app.Stub.Requests.Count.ShouldBe(before + 2);
            breaker.StateOf("libretranslate").ShouldBe(BreakerState.Open);
            await RunAsync(breaker, Tune);
            app.Stub.Requests.Count.ShouldBe(before + 2, "an open breaker calls nobody");

            app.Clock.Set(app.Clock.GetUtcNow().AddSeconds(61));
            breaker.StateOf("libretranslate").ShouldBe(BreakerState.HalfOpen);
            await RunAsync(breaker, Tune);
            app.Stub.Requests.Count.ShouldBe(before + 3, "half-open lets one job probe");
            breaker.StateOf("libretranslate").ShouldBe(BreakerState.Open);
        }
        finally
        {
            app.Outage = null;
        }
        app.Clock.Set(app.Clock.GetUtcNow().AddHours(7));
        await RunAsync(breaker, Tune);
        breaker.StateOf("libretranslate").ShouldBe(BreakerState.Closed);
        (await JobsAsync(id)).ShouldAllBe(j => j.State == TranslationJobState.Done);
    }

    [Fact]
    public async Task A_spent_budget_stops_sending_parks_the_queue_and_alerts_the_operator()
    {
        var id = await PublishChineseAsync("cq-jinyun-health", "金运健康提供中药材质量检测服务，预算测试。", OffersOf("jinyun-health"));
        long sent;
        using (var scope = app.Services.CreateScope())
            sent = await TranslationMemory.SentThisMonthAsync(scope.ServiceProvider.GetRequiredService<AppDb>(), "libretranslate",
                app.Clock.GetUtcNow().UtcDateTime, default);
        var before = app.Stub.Requests.Count;

        await RunAsync(tune: o => o.MonthlyCharacters = sent + 5);

        app.Stub.Requests.Count.ShouldBe(before, "a text that would pass the budget is not sent");
        var parked = await JobsAsync(id);
        parked.ShouldAllBe(j => j.State == TranslationJobState.Parked && j.LastFailure == TranslationFailure.BudgetExhausted);
        parked.ShouldAllBe(j => j.NextAttemptAt > app.Clock.GetUtcNow().UtcDateTime);
        var operatorClient = await app.ClusterOperatorAsync("liangjiang");
        var page = await operatorClient.GetStringAsync("/operators/translation");
        page.ShouldContain("data-testid=\"alert-budget\"");
        page.ShouldContain("data-testid=\"retry-parked\"");
        (await app.Anonymous().GetAsync("/operators/translation")).StatusCode.ShouldNotBe(HttpStatusCode.OK);

        // The operator raised the budget and sends the parked jobs again.
        using (var scope = app.Services.CreateScope())
            (await scope.ServiceProvider.GetRequiredService<TranslationQueueOverview>().RetryParkedAsync(default)).ShouldBeGreaterThanOrEqualTo(parked.Count);
        await RunAsync();
        (await JobsAsync(id)).ShouldAllBe(j => j.State == TranslationJobState.Done);
        (await operatorClient.GetStringAsync("/operators/translation")).ShouldNotContain("data-testid=\"alert-budget\"");
    }

    [Fact]
    public async Task A_rejected_text_fails_for_good_with_the_services_reason_on_the_operator_page()
    {
        var id = await PublishChineseAsync("cq-lipocore", "脂核生物提供脂质纳米颗粒递送服务。");
        app.Outage = 400;
        try
        {
            await RunAsync();
        }
        finally
        {
            app.Outage = null;
        }
        var failed = await JobsAsync(id);
        failed.ShouldAllBe(j => j.State == TranslationJobState.Failed && j.LastFailure == TranslationFailure.Rejected);
        failed[0].LastError!.ShouldContain("LibreTranslate answered 400");
        var page = await (await app.ClusterOperatorAsync("liangjiang")).GetStringAsync("/operators/translation");
        page.ShouldContain($"data-testid=\"job-{failed[0].Id}\"");
    }

    [Fact]
    public async Task An_approved_public_opportunity_gets_its_other_languages_as_machine_translations()
    {
        var owner = await app.MemberAsync($"post-{app.Provider}@exoline.example", "sbh-exoline-bio");
        var created = await BioBridgeApp.JsonAsync(await owner.PostAsJsonAsync("/api/v1/opportunities", new
        {
            kind = "technology-offer", title = "엑소좀 분리 공정 기술 이전", body = "엑소좀 분리 및 정제 공정을 기술 이전합니다. 중국 파트너를 찾습니다.",
            visibility = "public",
        }), HttpStatusCode.Created);
        var opportunityId = created.GetProperty("id").GetInt32();
        await app.ApprovePendingAsync("sbh-exoline-bio");
        await RunAsync();

        using var scope = app.Services.CreateScope();
        var opportunity = await scope.ServiceProvider.GetRequiredService<AppDb>().Opportunities.AsNoTracking().SingleAsync(o => o.Id == opportunityId);
        opportunity.Translations.Select(t => (t.Language, t.State)).Order().ShouldBe([("en", TranslationState.Machine), ("zh", TranslationState.Machine)]);
        opportunity.Translations.Single(t => t.Language == "zh").Title.ShouldStartWith("[zh] ");
    }
}
