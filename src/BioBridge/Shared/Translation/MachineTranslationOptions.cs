using System.ComponentModel.DataAnnotations;

namespace BioBridge.Shared;

/// <summary>
/// BioBridge:MachineTranslation: which service drafts translations and its credentials (docs/translation.md).
/// Off by default: nothing leaves the server unless a provider is configured.
/// </summary>
public sealed class MachineTranslationOptions : IValidatableObject
{
    public const string Section = "BioBridge:MachineTranslation";

    public static readonly IReadOnlyList<string> Providers = ["off", "fake", "libretranslate", "deepl", "baidu", "papago"];

    public string Provider { get; set; } = "off";
    /// <summary>The service's base URL; each service but LibreTranslate has its documented default.</summary>
    public string? Url { get; set; }
    /// <summary>LibreTranslate api_key, DeepL authentication key, Baidu secret key or Papago client secret.</summary>
    public string? Key { get; set; }
    /// <summary>Baidu appid or Papago client ID: the public half of a key pair.</summary>
    public string? KeyId { get; set; }
    [Range(1, 300)] public int TimeoutSeconds { get; set; } = 30;
    /// <summary>The operator allows private and unpublished text to go to an external service too (see PrivateText).</summary>
    public bool SendPrivateText { get; set; }

    /// <summary>Where requests go: the configured URL, else the service's documented endpoint.</summary>
    public Uri BaseUrl => new((Url ?? Provider switch
    {
        // DeepL API Free keys end in ":fx" and are served only by api-free (developers.deepl.com/docs/getting-started/auth).
        "deepl" => Key?.EndsWith(":fx", StringComparison.Ordinal) == true ? "https://api-free.deepl.com" : "https://api.deepl.com",
        "baidu" => "https://fanyi-api.baidu.com",
        "papago" => "https://papago.apigw.ntruss.com",
        _ => "http://127.0.0.1:5000",
    }).TrimEnd('/') + "/");

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!Providers.Contains(Provider))
            yield return new ValidationResult($"{Section}:Provider is one of {string.Join(", ", Providers)}, not '{Provider}'.", [nameof(Provider)]);
        if (Provider == "libretranslate" && string.IsNullOrWhiteSpace(Url))
            yield return new ValidationResult($"{Section}:Url must name the LibreTranslate server (e.g. http://127.0.0.1:5000).", [nameof(Url)]);
        if (Url is not null && !(Uri.TryCreate(Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
            yield return new ValidationResult($"{Section}:Url must be an absolute http(s) URL, not '{Url}'.", [nameof(Url)]);
        if (Provider is "deepl" or "baidu" or "papago" && string.IsNullOrWhiteSpace(Key))
            yield return new ValidationResult($"{Section}:Key is required for {Provider}.", [nameof(Key)]);
        if (Provider is "baidu" or "papago" && string.IsNullOrWhiteSpace(KeyId))
            yield return new ValidationResult($"{Section}:KeyId is required for {Provider} ({(Provider == "baidu" ? "the appid" : "the client ID")}).", [nameof(KeyId)]);
    }
}
