using BioBridge.Language;

namespace BioBridge.Shared;

/// <summary>
/// The configured service behind the glossary: terms and names are protected on the way out and substituted on the way
/// back. TakesPrivateText is the PrivateText rule applied to the configuration.
/// </summary>
public sealed class MachineTranslator(ITranslationService service, Glossary glossary, bool takesPrivateText = true) : IMachineTranslator
{
    public bool IsEnabled => true;
    public bool TakesPrivateText => takesPrivateText;

    public async Task<string> TranslateAsync(string text, string from, string to, IReadOnlyCollection<LocalizedText> names, CancellationToken ct)
    {
        var terms = glossary.Protect(text, from, to, names);
        if (!terms.NeedsService)
            return terms.WithTargetTerms();
        var translated = await service.TranslateAsync(terms.Render(service.TranslatesMarkup), from, to, ct);
        return terms.Restore(translated, service.TranslatesMarkup, service.Name);
    }
}
