using System.ComponentModel.DataAnnotations;

namespace BioBridge.Shared;

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
