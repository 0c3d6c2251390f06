using Microsoft.Extensions.Options;

namespace BioBridge.Shared;

/// <summary>
/// A self-hosted LibreTranslate server: POST /translate with JSON {q, source, target, format, api_key} answers
/// {translatedText}, errors {error} with 400 (bad request), 403 (invalid key, banned), 429 (slow down) or 500
/// (libretranslate.com/docs; LibreTranslate/LibreTranslate libretranslate/app.py). "zh" is simplified Chinese in
/// every version (newer ones also accept "zh-Hans"). format "html" keeps the glossary's tags.
/// </summary>
public sealed class LibreTranslateService(HttpClient http, IOptions<MachineTranslationOptions> options) : ITranslationService
{
    public string Name => "libretranslate";
    public bool TranslatesMarkup => true;

    public async Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct)
    {
        var settings = options.Value;
        var body = new Dictionary<string, string> { ["q"] = text, ["source"] = from, ["target"] = to, ["format"] = "html" };
        if (!string.IsNullOrEmpty(settings.Key))
            body["api_key"] = settings.Key;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.BaseUrl, "translate")) { Content = JsonContent.Create(body) };
        var answer = await ServiceCall.SendAsync(http, request, "LibreTranslate", ct);
        var json = ServiceCall.Json(answer.Body);
        if (!answer.Ok)
            throw ServiceCall.Failed(ServiceCall.ByStatus(answer.Status), "LibreTranslate", answer, ServiceCall.Text(json, "error"));
        return ServiceCall.Text(json, "translatedText") is { Length: > 0 } translated ? translated : throw ServiceCall.Malformed("LibreTranslate", answer);
    }
}
