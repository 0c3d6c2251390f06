using System.Text.Json;
using BioBridge.Tests.Translation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

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

    public ServiceStub Stub => stub ?? throw new InvalidOperationException("not started");

    /// <summary>The texts LibreTranslate was asked to translate, as sent.</summary>
    public IEnumerable<string> Sent => Stub.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("q").GetString()!);

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
        return new(200, JsonSerializer.Serialize(new { translatedText = $"[{body.GetProperty("target").GetString()}] {body.GetProperty("q").GetString()}" }));
    }
}
