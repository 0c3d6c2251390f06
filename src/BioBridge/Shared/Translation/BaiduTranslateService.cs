using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace BioBridge.Shared;

/// <summary>
/// Baidu Translate general text API: POST /api/trans/vip/translate, form fields q, from, to, appid, salt and
/// sign = MD5(appid + q + salt + secret key) in lower-case hex over the UTF-8 text before URL encoding; answers
/// {from, to, trans_result: [{src, dst}]} (one entry per line) or, still with 200, {error_code, error_msg}
/// (fanyi-api.baidu.com/doc/21). Languages kor, zh, en.
/// </summary>
public sealed class BaiduTranslateService(HttpClient http, IOptions<MachineTranslationOptions> options) : ITranslationService
{
    public string Name => "baidu";
    public bool TranslatesMarkup => false;

    public async Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct)
    {
        var settings = options.Value;
        var salt = RandomNumberGenerator.GetInt32(1, int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.BaseUrl, "api/trans/vip/translate"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["q"] = text, ["from"] = Code(from), ["to"] = Code(to), ["appid"] = settings.KeyId!, ["salt"] = salt,
                ["sign"] = Sign(settings.KeyId!, text, salt, settings.Key!),
            }),
        };
        var answer = await ServiceCall.SendAsync(http, request, "Baidu Translate", ct);
        var json = ServiceCall.Json(answer.Body);
        if (!answer.Ok)
            throw ServiceCall.Failed(ServiceCall.ByStatus(answer.Status), "Baidu Translate", answer, null);
        if (ErrorCode(json) is { } code)
            throw ServiceCall.Failed(Failure(code), "Baidu Translate", answer, $"error_code {code}: {ServiceCall.Text(json, "error_msg")}");
        if (json is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("trans_result", out var lines)
            && lines.ValueKind == JsonValueKind.Array && lines.GetArrayLength() > 0)
        {
            var translated = lines.EnumerateArray().Select(line => ServiceCall.Text(line, "dst")).ToList();
            if (translated.All(line => line is not null))
                return string.Join('\n', translated);
        }
        throw ServiceCall.Malformed("Baidu Translate", answer);
    }

    /// <summary>The request signature of the Baidu documentation.</summary>
    public static string Sign(string appId, string text, string salt, string secret) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(appId + text + salt + secret)));

    static string Code(string language) => language == "ko" ? "kor" : language;

    // error_code is a string in the documentation's examples; some answers carry a number.
    static string? ErrorCode(JsonElement? json) =>
        json is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("error_code", out var code)
            ? code.ValueKind == JsonValueKind.Number ? code.GetRawText() : code.GetString()
            : null;

    static TranslationFailure Failure(string code) => code switch
    {
        "52000" => TranslationFailure.RetryLater, // "success" in an error field: treat as a garbled answer
        "52003" or "54001" or "58000" or "58002" or "90107" => TranslationFailure.Misconfigured, // unauthorized, bad sign, IP not allowed, service closed, not verified
        "54004" => TranslationFailure.BudgetExhausted, // account balance insufficient
        "54000" or "58001" or "20003" => TranslationFailure.Rejected, // missing field, unsupported language pair, content refused
        _ => TranslationFailure.RetryLater, // 52001 timeout, 52002 system error, 54003 and 54005 rate limits
    };
}
