using System.Text.Json;
using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Reviews;
using BioBridge.Tests.Translation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.BrowserTests;

/// <summary>
/// The app translating through a LibreTranslate stub (Provider=libretranslate, Url=the stub), its worker polling every
/// second, one Chongqing company whose published profile is Chinese only and the demo's award call without its
/// Chinese texts, each queued as a publish queues it.
/// </summary>
public sealed class TranslationBrowserApp : RunningApp
{
    public const string Company = "cq-zaining-vector";
    public const string Description = "载宁基因提供质粒生产和病毒载体工艺开发。";
    public static readonly string[] Offers = ["质粒生产", "病毒载体工艺开发"];
    public static readonly string[] Needs = ["韩国基因治疗客户"];

    ServiceStub? stub;

    protected override IEnumerable<string> Settings
    {
        get
        {
            // LibreTranslate's answer: the text marked with the target language, placeholders kept.
            stub ??= ServiceStub.StartAsync(request =>
            {
                var body = JsonDocument.Parse(request.Body).RootElement;
                return new(200, JsonSerializer.Serialize(new { translatedText = $"[{body.GetProperty("target").GetString()}] {body.GetProperty("q").GetString()}" }));
            }).GetAwaiter().GetResult();
            return ["--BioBridge:MachineTranslation:Provider=libretranslate", $"--BioBridge:MachineTranslation:Url={stub.Url}",
                "--BioBridge:MachineTranslation:PollSeconds=1"];
        }
    }

    protected override async Task ArrangeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var company = await db.Organizations.SingleAsync(o => o.ExternalId == Company);
        (company.DescriptionKo, company.DescriptionZh, company.DescriptionEn, company.TextStates, company.PhraseTranslations) = (null, Description, null, null, null);
        (company.Offers, company.Needs) = ([.. Offers], [.. Needs]);
        (company.DescriptionVisibility, company.PipelineVisibility) = (Visibility.Public, Visibility.Public);
        var call = await db.Calls.SingleAsync(c => c.Slug == SeedReviewsDemo.AwardCall);
        (call.TitleZh, call.TextZh, call.TextStates) = (null, null, null);
        // As an approval does: the content and its translation jobs in one save.
        var queue = scope.ServiceProvider.GetRequiredService<TranslationQueue>();
        await queue.EnqueueAsync(Organization.TranslationSubject, company.Id, default);
        await queue.EnqueueAsync(Call.TranslationSubject, call.Id, default);
        await db.SaveChangesAsync();
    }

    /// <summary>Waits until the worker has run every job of the company (a condition, not a duration).</summary>
    public async Task QueueDrainedAsync()
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            if (!await db.TranslationJobs.AnyAsync(j => j.State != TranslationJobState.Done))
                return;
            await Task.Delay(100);
        }
        throw new TimeoutException("the translation queue did not drain");
    }
}
