using System.Text.Json;
using BioBridge.Data;
using BioBridge.Features.Publishing;
using BioBridge.Tests.Translation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BioBridge.Tests.TranslationQueue;

/// <summary>
/// The demo app configured for LibreTranslate at a stub the test switches between up and down, with a test clock;
/// no background worker: the tests run the queue themselves.
/// </summary>
public abstract class QueueApp(Provider provider) : BioBridgeApp(provider)
{
    ServiceStub? stub;

    public TestClock Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The status the stub answers with instead of a translation (503: the service is down); null when it is up.</summary>
    public int? Outage { get; set; }

    /// <summary>Called with each text while the stub "translates" it, before it answers: what happens meanwhile elsewhere.</summary>
    public Action<string>? WhileTranslating { get; set; }

    public ServiceStub Stub => stub ?? throw new InvalidOperationException("not started");

    /// <summary>The texts LibreTranslate was asked to translate, as sent.</summary>
    public IEnumerable<string> Sent => Stub.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("q").GetString()!);

    /// <summary>Runs the due jobs once, as a node's worker would, with these settings and this node's breaker.</summary>
    public async Task<int> RunQueueAsync(TranslationBreaker? breaker = null, Action<MachineTranslationOptions>? tune = null, string node = "test-node")
    {
        var settings = new MachineTranslationOptions { Provider = "libretranslate", Url = Stub.Url, BreakerFailures = 100 };
        tune?.Invoke(settings);
        var options = Options.Create(settings);
        using var scope = Services.CreateScope();
        var memory = new TranslationMemory(new LibreTranslateService(new HttpClient(), options), Services.GetRequiredService<AppDbOptions>(),
            Clock, settings.MonthlyCharacters);
        var translator = new MachineTranslator(memory, Services.GetRequiredService<Glossary>());
        var run = ActivatorUtilities.CreateInstance<RunTranslationJobs>(scope.ServiceProvider, translator,
            breaker ?? new TranslationBreaker(options, Clock), options);
        return await run.HandleAsync(node, default);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        stub = ServiceStub.StartAsync(Answer).GetAwaiter().GetResult();
        builder.UseSetting("BioBridge:MachineTranslation:Provider", "libretranslate");
        builder.UseSetting("BioBridge:MachineTranslation:Url", stub.Url);
        builder.UseSetting("BioBridge:MachineTranslation:Worker", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>LibreTranslate's answer: the text marked with the target language, placeholders kept.</summary>
    ServiceStub.Answer Answer(ServiceStub.Request request)
    {
        if (Outage is { } status)
            return new(status, """{"error":"Service Unavailable"}""");
        var body = JsonDocument.Parse(request.Body).RootElement;
        WhileTranslating?.Invoke(body.GetProperty("q").GetString()!);
        return new(200, JsonSerializer.Serialize(new { translatedText = $"[{body.GetProperty("target").GetString()}] {body.GetProperty("q").GetString()}" }));
    }
}
