using System.Collections.Concurrent;
using System.Text.Json;

namespace BioBridge.Shared;

/// <summary>
/// The taxonomy's terms as DeepL glossaries, one per language pair and content (DeepL API v2 glossaries, the
/// single-pair endpoints: developers.deepl.com/api-reference/glossaries): GET /v2/glossaries lists {glossaries:
/// [{glossary_id, name, ready, ...}]}; POST /v2/glossaries with JSON {name, source_lang, target_lang, entries,
/// entries_format: "tsv"} answers {glossary_id, ready, ...}; a translation names it by glossary_id with source_lang.
/// The name "biobridge-{from}-{to}-{hash of the entries}" changes with the taxonomy, and an existing glossary of that
/// name is used rather than a new one, so nodes and restarts share it (two nodes racing may create two: harmless).
/// One per process (a singleton), because the DeepL adapter is created per request. A pair DeepL refuses (400 and
/// other rejections) is remembered and goes back to placeholders, as does any text while DeepL is busy (429, 5xx) or
/// the glossary not ready; a wrong key or endpoint or a spent quota fails as the translation would.
/// </summary>
public sealed class DeepLGlossaries(Glossary glossary, ILogger<DeepLGlossaries> logger)
{
    /// <summary>A glossary DeepL holds and can use now.</summary>
    public sealed record Ready(string Name, string Id);

    readonly ConcurrentDictionary<string, Ready?> known = new();
    readonly ConcurrentDictionary<(string From, string To), (string Name, string Entries)> pairs = new();
    readonly SemaphoreSlim resolving = new(1, 1);

    /// <summary>The glossary for this pair, or null when the terms go by placeholders (refused for good, or not ready yet).</summary>
    public async Task<Ready?> ForPairAsync(HttpClient http, MachineTranslationOptions settings, string from, string to, CancellationToken ct)
    {
        var (name, entries) = pairs.GetOrAdd((from, to), p => Named(p.From, p.To, glossary.Entries(p.From, p.To)));
        if (entries.Length == 0)
            return null;
        if (known.TryGetValue(name, out var ready))
            return ready;
        await resolving.WaitAsync(ct);
        try
        {
            if (known.TryGetValue(name, out ready))
                return ready;
            var id = await FindAsync(http, settings, name, ct) ?? await CreateAsync(http, settings, name, from, to, entries, ct);
            return known[name] = new Ready(name, id);
        }
        catch (TranslationFailedException e) when (e.Failure == TranslationFailure.Rejected)
        {
            Refuse(name, from, to, e.Message);
            return null;
        }
        catch (TranslationFailedException e) when (e.Failure == TranslationFailure.RetryLater)
        {
            logger.LogInformation("The DeepL glossary {Name} is not available now ({Reason}); this text protects the terms by placeholders.", name, e.Message);
            return null;
        }
        finally
        {
            resolving.Release();
        }
    }

    /// <summary>From now on (in this process) the pair's terms go by placeholders; said once in the log.</summary>
    public void Refuse(string name, string from, string to, string reason)
    {
        known[name] = null;
        logger.LogWarning("DeepL refused the glossary {Name} ({Reason}); {From}→{To} protects the taxonomy's terms by placeholders.",
            name, reason, from, to);
    }

    static (string Name, string Entries) Named(string from, string to, string entries) =>
        ($"biobridge-{from}-{to}-{TranslationMemory.Hash(entries)[..12]}", entries);

    /// <summary>The id of the glossary of this name when it is ready; null when there is none (or it is not ready yet: not created again).</summary>
    async Task<string?> FindAsync(HttpClient http, MachineTranslationOptions settings, string name, CancellationToken ct)
    {
        using var request = DeepLService.Request(HttpMethod.Get, settings, "v2/glossaries");
        var json = await SendAsync(http, request, ct);
        if (json is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("glossaries", out var list) || list.ValueKind != JsonValueKind.Array)
            throw new TranslationFailedException(TranslationFailure.RetryLater, "DeepL listed no glossaries array.");
        foreach (var existing in list.EnumerateArray().Where(g => ServiceCall.Text(g, "name") == name))
            return IsReady(existing) ? ServiceCall.Text(existing, "glossary_id") : throw NotReady(name);
        return null;
    }

    async Task<string> CreateAsync(HttpClient http, MachineTranslationOptions settings, string name, string from, string to, string entries,
        CancellationToken ct)
    {
        using var request = DeepLService.Request(HttpMethod.Post, settings, "v2/glossaries", JsonContent.Create(new Dictionary<string, string>
        {
            ["name"] = name, ["source_lang"] = from, ["target_lang"] = to, ["entries"] = entries, ["entries_format"] = "tsv",
        }));
        var json = await SendAsync(http, request, ct);
        return ServiceCall.Text(json, "glossary_id") is { Length: > 0 } id
            ? IsReady(json!.Value) ? id : throw NotReady(name)
            : throw new TranslationFailedException(TranslationFailure.RetryLater, "DeepL created a glossary without a glossary_id.");
    }

    /// <summary>Errors as a translation maps them: rejected (400, an unsupported pair) refuses the glossary for good, 429 and 5xx for now.</summary>
    static async Task<JsonElement?> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken ct)
    {
        var answer = await ServiceCall.SendAsync(http, request, "DeepL", ct);
        var json = ServiceCall.Json(answer.Body);
        return answer.Ok ? json : throw DeepLService.Failed(answer, json);
    }

    static bool IsReady(JsonElement glossary) =>
        !glossary.TryGetProperty("ready", out var ready) || ready.ValueKind != JsonValueKind.False;

    static TranslationFailedException NotReady(string name) =>
        new(TranslationFailure.RetryLater, $"DeepL's glossary {name} is not ready yet.");
}
