using System.Text.Json;
using Microsoft.Extensions.Options;

namespace BioBridge.Shared;

/// <summary>
/// DeepL API v2: POST /v2/translate with "Authorization: DeepL-Auth-Key KEY" and JSON {text: [...], source_lang,
/// target_lang, tag_handling}; answers {translations: [{detected_source_language, text}]}. 403 wrong key, 456 quota
/// exceeded (Free: 500,000 characters a month; Pro: the Cost Control limit), 429 too many requests, 5xx retry with
/// backoff (developers.deepl.com/docs/getting-started/auth, /docs/best-practices/error-handling). Target Chinese is
/// ZH-HANS and English EN-US; source codes have no variant. tag_handling "xml" keeps the glossary's tags.
/// </summary>
public sealed class DeepLService(HttpClient http, IOptions<MachineTranslationOptions> options) : ITranslationService
{
    public string Name => "deepl";
    public bool TranslatesMarkup => true;

    public async Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.BaseUrl, "v2/translate"))
        {
            Content = JsonContent.Create(new Dictionary<string, object>
            {
                ["text"] = new[] { text }, ["source_lang"] = from.ToUpperInvariant(), ["target_lang"] = Target(to), ["tag_handling"] = "xml",
            }),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "DeepL-Auth-Key " + settings.Key);
        var answer = await ServiceCall.SendAsync(http, request, "DeepL", ct);
        var json = ServiceCall.Json(answer.Body);
        if (!answer.Ok)
            throw ServiceCall.Failed((int)answer.Status == 456 ? TranslationFailure.BudgetExhausted : ServiceCall.ByStatus(answer.Status),
                "DeepL", answer, ServiceCall.Text(json, "message"));
        if (json is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("translations", out var translations)
            && translations.ValueKind == JsonValueKind.Array && translations.GetArrayLength() == 1
            && ServiceCall.Text(translations[0], "text") is { Length: > 0 } translated)
            return translated;
        throw ServiceCall.Malformed("DeepL", answer);
    }

    static string Target(string language) => language switch
    {
        "zh" => "ZH-HANS",
        "en" => "EN-US",
        _ => language.ToUpperInvariant(),
    };
}
