using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace BioBridge.Shared;

/// <summary>
/// DeepL API v2: POST /v2/translate with "Authorization: DeepL-Auth-Key KEY" and JSON {text: [...], source_lang,
/// target_lang, tag_handling, glossary_id}; answers {translations: [{detected_source_language, text}]}. 403 wrong key,
/// 456 quota exceeded (Free: 500,000 characters a month; Pro: the Cost Control limit), 429 too many requests, 5xx
/// retry with backoff (developers.deepl.com/docs/getting-started/auth, /docs/best-practices/error-handling). Target
/// Chinese is ZH-HANS and English EN-US; source codes have no variant. The taxonomy's terms are enforced by a DeepL
/// glossary (DeepLGlossaries); tag_handling "xml" keeps the names' placeholders.
/// </summary>
public sealed class DeepLService(HttpClient http, IOptions<MachineTranslationOptions> options, DeepLGlossaries glossaries) : ITranslationService
{
    public string Name => "deepl";
    public bool TranslatesMarkup => true;

    public async Task<string?> TermGlossaryAsync(string from, string to, CancellationToken ct) =>
        (await glossaries.ForPairAsync(http, options.Value, from, to, ct))?.Name;

    public async Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct)
    {
        var settings = options.Value;
        var body = new Dictionary<string, object>
        {
            ["text"] = new[] { text }, ["source_lang"] = from.ToUpperInvariant(), ["target_lang"] = Target(to), ["tag_handling"] = "xml",
        };
        var glossary = await glossaries.ForPairAsync(http, settings, from, to, ct);
        if (glossary is not null)
            body["glossary_id"] = glossary.Id;
        using var request = Request(HttpMethod.Post, settings, "v2/translate", JsonContent.Create(body));
        var answer = await ServiceCall.SendAsync(http, request, "DeepL", ct);
        var json = ServiceCall.Json(answer.Body);
        // A glossary DeepL will not apply to this pair ("Language pair of the glossary doesn't match ..."): the pair goes
        // back to placeholders, and this text is sent again that way.
        if (glossary is not null && answer.Status == HttpStatusCode.BadRequest
            && ServiceCall.Text(json, "message") is { } message && message.Contains("glossary", StringComparison.OrdinalIgnoreCase))
        {
            glossaries.Refuse(glossary.Name, from, to, message);
            throw new TranslationFailedException(TranslationFailure.RetryLater, $"DeepL refused the glossary {glossary.Name} ({message}).");
        }
        if (!answer.Ok)
            throw Failed(answer, json);
        if (json is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("translations", out var translations)
            && translations.ValueKind == JsonValueKind.Array && translations.GetArrayLength() == 1
            && ServiceCall.Text(translations[0], "text") is { Length: > 0 } translated)
            return translated;
        throw ServiceCall.Malformed("DeepL", answer);
    }

    /// <summary>A request to the configured endpoint with the account's key.</summary>
    internal static HttpRequestMessage Request(HttpMethod method, MachineTranslationOptions settings, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, new Uri(settings.BaseUrl, path)) { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", "DeepL-Auth-Key " + settings.Key);
        return request;
    }

    internal static TranslationFailedException Failed(ServiceCall.Answer answer, JsonElement? json) =>
        ServiceCall.Failed(answer.Status == (HttpStatusCode)456 ? TranslationFailure.BudgetExhausted : ServiceCall.ByStatus(answer.Status),
            "DeepL", answer, ServiceCall.Text(json, "message"));

    static string Target(string language) => language switch
    {
        "zh" => "ZH-HANS",
        "en" => "EN-US",
        _ => language.ToUpperInvariant(),
    };
}
