using System.Text.Json;
using BioBridge.Tests.Translation;

namespace BioBridge.BrowserTests;

/// <summary>
/// The messaging app (a Korean and a Chinese delegate with a meeting request) with LibreTranslate configured: a stub
/// on 127.0.0.1 answering POST /translate {q, source, target, format} with {translatedText}, Korean to Chinese.
/// </summary>
public sealed class TranslatingMessagingBrowserApp : MessagingBrowserApp, IAsyncLifetime
{
    public const string Korean = "샘플 자료를 미리 보내드립니다. 내일 뵙겠습니다.";
    public const string Chinese = "提前把样品资料发给您。明天见。";

    ServiceStub? stub;

    protected override IEnumerable<string> Settings =>
        [.. base.Settings, "--BioBridge:MachineTranslation:Provider=libretranslate", $"--BioBridge:MachineTranslation:Url={stub!.Url}"];

    /// <summary>How many texts reached the stub: each message once, whoever reads it and how often.</summary>
    public int Requests => stub!.Requests.Count(r => r.Path == "/translate");

    async Task IAsyncLifetime.InitializeAsync()
    {
        stub = await ServiceStub.StartAsync(Translate);
        await InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await stub!.DisposeAsync();
    }

    static ServiceStub.Answer Translate(ServiceStub.Request request)
    {
        var body = JsonDocument.Parse(request.Body).RootElement;
        var (q, source, target) = (body.GetProperty("q").GetString(), body.GetProperty("source").GetString(), body.GetProperty("target").GetString());
        var translated = (q, source, target) == (Korean, "ko", "zh") ? Chinese : $"[{source}→{target}] {q}";
        return new ServiceStub.Answer(200, JsonSerializer.Serialize(new { translatedText = translated }));
    }
}
