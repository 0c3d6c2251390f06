using System.Net;
using System.Text.Json;

namespace BioBridge.Shared;

/// <summary>
/// What every adapter shares: send one request, turn transport faults and HTTP statuses into TranslationFailure,
/// and read a JSON answer that may be malformed.
/// </summary>
public static class ServiceCall
{
    public sealed record Answer(HttpStatusCode Status, string Body, TimeSpan? RetryAfter)
    {
        public bool Ok => (int)Status is >= 200 and < 300;
    }

    public static async Task<Answer> SendAsync(HttpClient http, HttpRequestMessage request, string service, CancellationToken ct)
    {
        try
        {
            using var response = await http.SendAsync(request, ct);
            var retryAfter = response.Headers.RetryAfter is { } header
                ? header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : null)
                : null;
            return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(ct), retryAfter);
        }
        catch (HttpRequestException e)
        {
            throw new TranslationFailedException(TranslationFailure.RetryLater, $"{service} could not be reached ({e.Message}).");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TranslationFailedException(TranslationFailure.RetryLater, $"{service} did not answer within the timeout.");
        }
    }

    /// <summary>The usual meaning of an HTTP status across services; an adapter overrides what its service documents otherwise.</summary>
    public static TranslationFailure ByStatus(HttpStatusCode status) => (int)status switch
    {
        401 or 403 or 404 or 405 => TranslationFailure.Misconfigured,
        400 or 413 or 414 or 422 => TranslationFailure.Rejected,
        _ => TranslationFailure.RetryLater,
    };

    public static TranslationFailedException Failed(TranslationFailure failure, string service, Answer answer, string? detail) =>
        new(failure, $"{service} answered {(int)answer.Status}: {Describe(failure)}{(string.IsNullOrWhiteSpace(detail) ? "" : $" ({detail})")}.",
            answer.RetryAfter);

    public static TranslationFailedException Malformed(string service, Answer answer) =>
        new(TranslationFailure.RetryLater, $"{service} answered {(int)answer.Status} without a translation: {Truncated(answer.Body)}");

    /// <summary>The body as JSON, or null when it is not JSON (an HTML error page from a proxy, a cut-off answer).</summary>
    public static JsonElement? Json(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A string property of a JSON object, or null when the answer lacks it.</summary>
    public static string? Text(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;

    static string Describe(TranslationFailure failure) => failure switch
    {
        TranslationFailure.BudgetExhausted => "the account's character quota or balance is spent",
        TranslationFailure.Misconfigured => "the key, endpoint or account settings are wrong",
        TranslationFailure.Rejected => "the service refuses this text or language pair",
        _ => "try again later",
    };

    static string Truncated(string body) => body.Length <= 200 ? body : body[..200] + "...";
}
