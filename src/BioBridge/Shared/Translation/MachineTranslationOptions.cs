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

    /// <summary>Whether this node runs the translation queue's worker; the nodes that do share the queue through a lease.</summary>
    public bool Worker { get; set; } = true;
    /// <summary>Characters the service may be sent per calendar month (UTC); null for no limit. Memory hits cost none.</summary>
    [Range(1, long.MaxValue)] public long? MonthlyCharacters { get; set; }
    /// <summary>The service's price per million characters, for the cost the operator page shows.</summary>
    [Range(0, 1_000_000)] public decimal PricePerMillionCharacters { get; set; }
    /// <summary>ISO 4217 code of that price.</summary>
    [RegularExpression("^[A-Z]{3}$")] public string Currency { get; set; } = "EUR";
    /// <summary>How often an idle worker looks for due jobs.</summary>
    [Range(1, 3600)] public int PollSeconds { get; set; } = 15;
    /// <summary>How long a node holds a claimed job before another may take it over.</summary>
    [Range(10, 3600)] public int LeaseSeconds { get; set; } = 120;
    /// <summary>The first retry's delay; each further retry doubles it, up to six hours.</summary>
    [Range(1, 3600)] public int RetrySeconds { get; set; } = 30;
    /// <summary>Consecutive retry-later failures after which this node stops calling the service.</summary>
    [Range(1, 100)] public int BreakerFailures { get; set; } = 5;
    /// <summary>How long the breaker stays open before one job probes the service.</summary>
    [Range(1, 3600)] public int BreakerSeconds { get; set; } = 60;

    /// <summary>Days a done, superseded or failed job is kept for the operator page before the worker deletes it.</summary>
    [Range(1, 3650)] public int KeepFinishedDays { get; set; } = 90;

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
