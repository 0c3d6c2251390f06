using System.ComponentModel.DataAnnotations;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Publishing;

/// <summary>
/// Drafts a translation between ko, zh and en. Drafts are marked "machine" until the organization verifies
/// them. Off by default: nothing leaves the server unless a provider is configured (docs/publishing.md).
/// </summary>
public interface IMachineTranslator
{
    bool IsEnabled { get; }
    Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct);
}

/// <summary>BioBridge:MachineTranslation: Provider "off" (default), "http" (Url and Key) or "fake" (tests and demos).</summary>
public sealed class MachineTranslationOptions : IValidatableObject
{
    public const string Section = "BioBridge:MachineTranslation";

    public string Provider { get; set; } = "off";
    public string? Url { get; set; }
    public string? Key { get; set; }
    [Range(1, 300)] public int TimeoutSeconds { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Provider is not ("off" or "http" or "fake"))
            yield return new ValidationResult($"{Section}:Provider is off, http or fake, not '{Provider}'.", [nameof(Provider)]);
        if (Provider == "http" && !(Uri.TryCreate(Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
            yield return new ValidationResult($"{Section}:Url must be an absolute http(s) URL when Provider is http.", [nameof(Url)]);
    }
}

/// <summary>The default: no provider, nothing sent anywhere.</summary>
public sealed class NoMachineTranslator : IMachineTranslator
{
    public bool IsEnabled => false;

    public Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct) =>
        throw new InvalidOperationException("Machine translation is not configured.");
}

/// <summary>A predictable stand-in for tests and offline demos: marks the text with the language pair.</summary>
public sealed class FakeMachineTranslator : IMachineTranslator
{
    public bool IsEnabled => true;

    public Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct) => Task.FromResult($"[{from}→{to}] {text}");
}

/// <summary>
/// Any translation service behind a small JSON contract: POST Url with "Authorization: Bearer Key" and
/// {"text","source","target"}; the answer is {"text"}. An adapter can put any commercial API behind it.
/// </summary>
public sealed class HttpMachineTranslator(HttpClient http, IOptions<MachineTranslationOptions> options) : IMachineTranslator
{
    public sealed record Request(string Text, string Source, string Target);
    public sealed record Response(string? Text);

    public bool IsEnabled => true;

    public async Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.Url) { Content = JsonContent.Create(new Request(text, from, to)) };
        if (!string.IsNullOrEmpty(options.Value.Key))
            request.Headers.Authorization = new("Bearer", options.Value.Key);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<Response>(ct);
        return string.IsNullOrWhiteSpace(answer?.Text)
            ? throw new HttpRequestException($"The translation service at {options.Value.Url} answered without text.")
            : answer.Text.Trim();
    }
}

public static class MachineTranslation
{
    /// <summary>The publishing feature: revisions, the vetting queue, readers' visibility and machine translation.</summary>
    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        services.AddScoped<Readers>();
        services.AddScoped<SubmitProfile>();
        services.AddScoped<DraftProfileTranslations>();
        services.AddScoped<VetRevision>();
        services.AddOptions<MachineTranslationOptions>().BindConfiguration(MachineTranslationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<HttpMachineTranslator>((sp, http) =>
            http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<MachineTranslationOptions>>().Value.TimeoutSeconds));
        services.AddScoped<IMachineTranslator>(sp => sp.GetRequiredService<IOptions<MachineTranslationOptions>>().Value.Provider switch
        {
            "http" => sp.GetRequiredService<HttpMachineTranslator>(),
            "fake" => new FakeMachineTranslator(),
            _ => new NoMachineTranslator(),
        });
        return services;
    }

    /// <summary>Fills every missing language from the best present version (originals first) with a machine draft.</summary>
    public static async Task<TranslatedText> DraftMissingAsync(this IMachineTranslator translator, TranslatedText text, CancellationToken ct)
    {
        var source = Resources.UiLanguage.All.Select(l => (Language: l, Version: text.Get(l)))
            .Where(v => v.Version is not null).OrderBy(v => v.Version!.State == TranslationState.Machine).FirstOrDefault();
        if (source.Version is null)
            return text;
        foreach (var missing in text.Missing.ToList())
            text = text.With(missing, new TextVersion(await translator.TranslateAsync(source.Version.Text, source.Language, missing, ct), TranslationState.Machine));
        return text;
    }
}
