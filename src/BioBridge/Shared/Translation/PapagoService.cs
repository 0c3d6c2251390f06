using System.Text.Json;
using Microsoft.Extensions.Options;

namespace BioBridge.Shared;

/// <summary>
/// NAVER Papago Text Translation on NAVER Cloud Platform: POST /nmt/v1/translation with headers
/// x-ncp-apigw-api-key-id (client ID) and x-ncp-apigw-api-key (client secret) and JSON {source, target, text};
/// answers {message: {result: {srcLangType, tarLangType, translatedText}}}, errors {error: {errorCode, message}}:
/// 401 (200 authentication failed, 210 permission denied), 429 (400 quota exceeded, 410/420 rate limited),
/// 400 N2MTxx (bad field, unsupported pair, text too long), 5xx (api.ncloud-docs.com/docs/en/ai-naver-papagonmt).
/// Languages ko, zh-CN, en.
/// </summary>
public sealed class PapagoService(HttpClient http, IOptions<MachineTranslationOptions> options) : ITranslationService
{
    public string Name => "papago";
    public bool TranslatesMarkup => false;

    public async Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.BaseUrl, "nmt/v1/translation"))
        {
            Content = JsonContent.Create(new Dictionary<string, string> { ["source"] = Code(from), ["target"] = Code(to), ["text"] = text }),
        };
        request.Headers.Add("x-ncp-apigw-api-key-id", settings.KeyId);
        request.Headers.Add("x-ncp-apigw-api-key", settings.Key);
        var answer = await ServiceCall.SendAsync(http, request, "Papago", ct);
        var json = ServiceCall.Json(answer.Body);
        if (!answer.Ok)
        {
            var error = json is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty("error", out var inner) ? inner : (JsonElement?)null;
            var code = ServiceCall.Text(error, "errorCode");
            // 429 is both the quota (errorCode 400) and the rate limits (410, 420).
            var failure = (int)answer.Status == 429 && code == "400" ? TranslationFailure.BudgetExhausted : ServiceCall.ByStatus(answer.Status);
            throw ServiceCall.Failed(failure, "Papago", answer, code is null ? null : $"{code}: {ServiceCall.Text(error, "message")}");
        }
        if (json is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("message", out var message)
            && message.ValueKind == JsonValueKind.Object && message.TryGetProperty("result", out var result)
            && ServiceCall.Text(result, "translatedText") is { Length: > 0 } translated)
            return translated;
        throw ServiceCall.Malformed("Papago", answer);
    }

    static string Code(string language) => language == "zh" ? "zh-CN" : language;
}
